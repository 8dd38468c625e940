package io.launchcheck.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The current ruleset version and when it was committed; cheap to poll. The registry's answer to
 * {@code GET /api/v1/ruleset/version}, read as such by the rules-service.
 */
public record RulesetVersion(@Schema(required = true) long version, @Schema(required = true) Instant changedAt) {
}
