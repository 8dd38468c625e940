package io.launchcheck.registry.service;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Rule;
import io.launchcheck.registry.domain.ChangeAction;

/**
 * One entry of a rule's history: the ruleset version the change created, what was done, by whom, why, when,
 * and the rule before and after (null before a creation and after a deletion).
 */
public record RuleChange(
        @Schema(required = true) String ruleId,
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) ChangeAction action,
        @Schema(required = true) String actor,
        @Schema(required = true, nullable = true) String reason,
        @Schema(required = true) Instant at,
        @Schema(required = true, nullable = true) Rule before,
        @Schema(required = true, nullable = true) Rule after) {
}
