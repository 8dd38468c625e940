package io.launchcheck.rules.client;

import java.time.Instant;

/** The registry's answer to {@code GET /api/v1/ruleset/version}. */
public record RulesetVersion(long version, Instant changedAt) {
}
