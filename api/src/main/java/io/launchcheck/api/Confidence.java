package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How sure the sources behind a rule are; MEDIUM where sources disagree. */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW;

    @JsonCreator
    public static Confidence of(String value) {
        return Codes.parse(Confidence.class, value);
    }
}
