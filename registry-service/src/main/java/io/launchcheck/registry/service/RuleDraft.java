package io.launchcheck.registry.service;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleTestReport;
import io.launchcheck.registry.domain.DraftAction;
import io.launchcheck.registry.domain.DraftStatus;

/**
 * A rule change saved but not published: no ruleset holds it, so the rules-service never judges with it.
 *
 * @param rule          the proposed rule (canonical), null for a deletion
 * @param baseVersion   the stored rule's version when the draft was saved (null: the rule did not exist); publishing
 *                      refuses the draft (409) once the stored rule has moved on
 * @param tests         the draft rule's tests run against the published ruleset with the draft in place (single reads
 *                      and creation only; null in listings and for deletions)
 * @param rulesetVersion the version publishing created
 */
@Schema(requiredProperties = {"id", "ruleId", "action", "status", "createdBy", "createdAt"})
public record RuleDraft(
        UUID id,
        String ruleId,
        DraftAction action,
        @Schema(nullable = true) Rule rule,
        @Schema(nullable = true) Long baseVersion,
        DraftStatus status,
        @Schema(nullable = true) String reason,
        String createdBy,
        Instant createdAt,
        @Schema(nullable = true) String closedBy,
        @Schema(nullable = true) Instant closedAt,
        @Schema(nullable = true) Long rulesetVersion,
        @Schema(nullable = true) RuleTestReport tests) {
}
