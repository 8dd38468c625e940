package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

public enum Severity {
    /** Makes a verdict NON_COMPLIANT when the rule is in force and applies. */
    BLOCKING,
    /** Makes a verdict NEEDS_REVIEW at most. */
    WARNING;

    @JsonCreator
    public static Severity of(String value) {
        return Codes.parse(Severity.class, value);
    }
}
