package io.launchcheck.gateway.domain;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.RulesetPack;

/**
 * Which ruleset judged an assessment and how sure the rules-service was that it was the registry's current one.
 *
 * @param version     the ruleset version (the same as the assessment's {@code rulesetVersion})
 * @param changedAt   when that version was made in the registry
 * @param stale       true when the rules-service had not reached the registry for a while and judged with the last
 *                    ruleset it knew: rules changed since then are not in the verdict; re-evaluate when it is false
 * @param confirmedAt when the registry last confirmed that version as current; absent for a pinned past version
 * @param pack        the rule-pack release the version contains, when the registry knows it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The ruleset that judged the assessment and whether it was known to be the current one")
public record RulesetProvenance(
        @Schema(description = "The ruleset version, as in rulesetVersion", example = "41") long version,
        @Schema(description = "When this ruleset version was made in the registry") Instant changedAt,
        @Schema(description = "True when the registry could not be reached lately and the last known ruleset was "
                + "used: rules changed since confirmedAt are not in this verdict") boolean stale,
        @Schema(description = "When the registry last confirmed this version as its current one; absent for a "
                + "pinned past version") Instant confirmedAt,
        @Schema(description = "The rule-pack release this ruleset version contains (the last pack import at or before "
                + "it); absent when the registry does not know one") RulesetPack pack) {

    /** A provenance that names no rule-pack release. */
    public RulesetProvenance(long version, Instant changedAt, boolean stale, Instant confirmedAt) {
        this(version, changedAt, stale, confirmedAt, null);
    }

    public static RulesetProvenance of(Evaluation evaluation) {
        return new RulesetProvenance(evaluation.rulesetVersion(), evaluation.rulesetChangedAt(),
                evaluation.rulesetStale(), evaluation.rulesetConfirmedAt(), evaluation.rulesetPack());
    }
}
