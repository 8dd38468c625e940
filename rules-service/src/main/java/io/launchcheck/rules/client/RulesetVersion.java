package io.launchcheck.rules.client;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The registry's answer to {@code GET /api/v1/ruleset/version}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RulesetVersion(long version, Instant changedAt) {
}
