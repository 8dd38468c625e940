package io.launchcheck.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rules-service's judgement of one profile: a result per target, in the order of the targets,
 * stamped with the ruleset that judged it.
 *
 * @param rulesetLoadedAt    when the rules-service loaded that ruleset from the registry
 * @param rulesetStale       true when the registry could not be reached lately and the last known ruleset was used
 * @param rulesetChangedAt   when that ruleset version was made in the registry (its last change)
 * @param rulesetConfirmedAt when the registry last confirmed that this ruleset is its current one; null for a
 *                           pinned (past) version, which is judged exactly as it was
 * @param identity           how the profile's vendor, model and operator were understood
 */
public record Evaluation(
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) Instant rulesetLoadedAt,
        @Schema(required = true) boolean rulesetStale,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) Verdict overall,
        @Schema(required = true) List<JurisdictionResult> results,
        @Schema(nullable = true) Instant rulesetChangedAt,
        @Schema(nullable = true) Instant rulesetConfirmedAt,
        @Schema(nullable = true) Identity identity,
        @Schema(nullable = true, description = "The rule-pack release the judging ruleset contains, when the registry knows it")
        @JsonInclude(JsonInclude.Include.NON_NULL) RulesetPack rulesetPack) {

    /** An evaluation without the ruleset's rule-pack release. */
    public Evaluation(long rulesetVersion, Instant rulesetLoadedAt, boolean rulesetStale, LocalDate asOf,
            Verdict overall, List<JurisdictionResult> results, Instant rulesetChangedAt, Instant rulesetConfirmedAt,
            Identity identity) {
        this(rulesetVersion, rulesetLoadedAt, rulesetStale, asOf, overall, results, rulesetChangedAt,
                rulesetConfirmedAt, identity, null);
    }

    /** An evaluation without the ruleset's change and confirmation times. */
    public Evaluation(long rulesetVersion, Instant rulesetLoadedAt, boolean rulesetStale, LocalDate asOf,
            Verdict overall, List<JurisdictionResult> results, Identity identity) {
        this(rulesetVersion, rulesetLoadedAt, rulesetStale, asOf, overall, results, null, null, identity);
    }

    /** This evaluation with other results for the same targets (e.g. the same ones with advice). */
    public Evaluation withResults(List<JurisdictionResult> newResults) {
        return new Evaluation(rulesetVersion, rulesetLoadedAt, rulesetStale, asOf, overall, newResults, rulesetChangedAt,
                rulesetConfirmedAt, identity, rulesetPack);
    }

    /** This evaluation with the ruleset's change time and the time the registry last confirmed it. */
    public Evaluation withRulesetTimes(Instant changedAt, Instant confirmedAt) {
        return new Evaluation(rulesetVersion, rulesetLoadedAt, rulesetStale, asOf, overall, results, changedAt,
                confirmedAt, identity, rulesetPack);
    }

    /** This evaluation naming the rule-pack release of its ruleset (null: not known). */
    public Evaluation withRulesetPack(RulesetPack pack) {
        return new Evaluation(rulesetVersion, rulesetLoadedAt, rulesetStale, asOf, overall, results, rulesetChangedAt,
                rulesetConfirmedAt, identity, pack);
    }
}
