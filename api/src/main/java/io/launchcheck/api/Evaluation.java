package io.launchcheck.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The rules-service's judgement of one profile: a result per target, in the order of the targets,
 * stamped with the ruleset that judged it.
 *
 * @param rulesetLoadedAt when the rules-service loaded that ruleset from the registry
 * @param rulesetStale    true when the registry could not be reached lately and the last known ruleset was used
 * @param identity        how the profile's vendor, model and operator were understood
 */
public record Evaluation(
        long rulesetVersion,
        Instant rulesetLoadedAt,
        boolean rulesetStale,
        LocalDate asOf,
        Verdict overall,
        List<JurisdictionResult> results,
        Identity identity) {
}
