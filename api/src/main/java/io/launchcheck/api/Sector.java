package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/** The economic sector a target serves; optional on targets and rules. */
public enum Sector {
    ENERGY,
    FINANCE,
    PAYMENTS,
    HEALTH,
    DEFENCE,
    EDUCATION,
    TELECOMMUNICATIONS,
    TRANSPORT,
    CRITICAL_INFRASTRUCTURE,
    PUBLIC_ADMINISTRATION;

    @JsonCreator
    public static Sector of(String value) {
        return Codes.parse(Sector.class, value);
    }
}
