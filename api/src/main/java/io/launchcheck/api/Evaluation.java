package io.launchcheck.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules-service's judgement of one profile: a result per target, in the order of the targets,
 * stamped with the ruleset that judged it.
 *
 * @param rulesetLoadedAt when the rules-service loaded that ruleset from the registry
 * @param rulesetStale    true when the registry could not be reached lately and the last known ruleset was used
 * @param identity        how the profile's vendor, model and operator were understood
 */
public record Evaluation(
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) Instant rulesetLoadedAt,
        @Schema(required = true) boolean rulesetStale,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) Verdict overall,
        @Schema(required = true) List<JurisdictionResult> results,
        @Schema(nullable = true) Identity identity) {
}
