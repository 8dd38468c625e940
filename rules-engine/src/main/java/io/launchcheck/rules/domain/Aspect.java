package io.launchcheck.rules.domain;

/**
 * The conditions a rule must all meet to apply to a target, in the order a finding tells why it applies (after why
 * the rule reaches the target and why its subject covers the app).
 */
public enum Aspect {
    COVERAGE,
    SEGMENTS,
    SECTORS,
    ORGANIZATIONS_NOT_CONSUMERS,
    ORGANIZATION,
    USE_CASES,
    ROLE,
    HOSTING,
    PERSONAL_DATA,
    DATA_LOCATION
}
