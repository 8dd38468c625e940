package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/** Verdicts in rising order of severity, so the worst of several is the one with the highest ordinal. */
public enum Verdict {
    COMPLIANT,
    NEEDS_REVIEW,
    NON_COMPLIANT;

    public Verdict worst(Verdict other) {
        return other != null && other.ordinal() > ordinal() ? other : this;
    }

    @JsonCreator
    public static Verdict of(String value) {
        return Codes.parse(Verdict.class, value);
    }
}
