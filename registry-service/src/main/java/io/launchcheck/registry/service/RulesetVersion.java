package io.launchcheck.registry.service;

import java.time.Instant;

/** The current ruleset version and when it was committed; cheap to poll. */
public record RulesetVersion(long version, Instant changedAt) {
}
