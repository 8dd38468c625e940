package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

public enum JurisdictionType {
    /** An ISO 3166-1 alpha-2 country, e.g. KR. */
    COUNTRY,
    /** An ISO 3166-2 subdivision, e.g. US-TX; it belongs to its country. */
    SUBDIVISION,
    /** A group of countries whose rules apply to every member, e.g. EU. */
    BLOC;

    @JsonCreator
    public static JurisdictionType of(String value) {
        return Codes.parse(JurisdictionType.class, value);
    }
}
