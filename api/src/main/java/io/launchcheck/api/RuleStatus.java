package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

public enum RuleStatus {
    IN_FORCE,
    /** A bill, a pending order or an open inquiry: never more than a warning. */
    PROPOSED,
    /** No longer applies after its effectiveTo date. */
    LIFTED;

    @JsonCreator
    public static RuleStatus of(String value) {
        return Codes.parse(RuleStatus.class, value);
    }
}
