package io.launchcheck.rules.domain;

/** The conditions a rule must all meet to apply to a target. */
public enum Aspect {
    SUBJECT,
    SEGMENTS,
    SECTORS,
    ORGANIZATION,
    HOSTING,
    COVERAGE,
    PERSONAL_DATA,
    DATA_LOCATION,
    USE_CASES,
    ROLE
}
