package io.launchcheck.registry.service;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The current ruleset version and when it was committed; cheap to poll. */
public record RulesetVersion(@Schema(required = true) long version, @Schema(required = true) Instant changedAt) {
}
