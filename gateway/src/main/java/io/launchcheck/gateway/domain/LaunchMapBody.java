package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Identity;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.LaunchMapRequest;
import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.Verdict;

/**
 * The public launch map: what {@code POST /api/v1/launch-maps} answers and {@code GET} returns unchanged.
 *
 * @param scope      the scope as judged (codes normalized)
 * @param overall    the worst of the results' verdicts
 * @param totals     how many jurisdictions got each verdict
 * @param results    one per jurisdiction of the scope, countries by code, each followed by its subdivisions when
 *                   asked; the same shape as an assessment's results, without a per-result {@code notChecked}
 *                   (a launch map lists those rules once, in {@code notChecked})
 * @param notChecked the rules no result could check (the profile states neither useCases nor role), each once with
 *                   the targets it reached; empty (left out) when there are none and in launch maps stored before it
 *                   existed, whose results list them one by one
 * @param launchMap  the normalized request that was judged
 * @param understood how the vendor, model and operator were understood
 * @param ruleset    the ruleset that judged it and whether it was known to be current
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "scope", "overall", "totals", "asOf", "rulesetVersion", "evaluatedAt", "app", "understood",
        "results", "notChecked", "launchMap", "ruleset"})
public record LaunchMapBody(
        @Schema(required = true) UUID id,
        @Schema(required = true) LaunchScope scope,
        @Schema(required = true) Verdict overall,
        @Schema(required = true) LaunchMapTotals totals,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) Instant evaluatedAt,
        @Schema(required = true) String app,
        @Schema(nullable = true) Identity understood,
        @Schema(required = true, description = "One per jurisdiction of the scope, countries by code, each followed by "
                + "its subdivisions when asked, in the shape of an assessment's results. A launch map lists the rules "
                + "it could not check once, in the top-level notChecked with the targets they reached, so its results "
                + "carry no notChecked of their own: a target's entry there would repeat the same rule, texts and all, "
                + "once per target (the nine EU AI Act rules in each of the 27 EU members), and the top-level entry "
                + "already names every target it reached. Launch maps stored before the top-level list existed are "
                + "answered exactly as stored: with a notChecked per result and no top-level one.")
        List<JurisdictionResult> results,
        @JsonInclude(JsonInclude.Include.NON_EMPTY)
        @Schema(description = "The rules that reach some target but depend on the system's use cases or the team's "
                + "role, which the profile does not state: not checked and not in any verdict. Each listed once, with "
                + "the targets (jurisdictions of the results) it reached, in result order. Absent when there are "
                + "none. State useCases and role to have them judged.")
        List<LaunchMapUncheckedRule> notChecked,
        @Schema(required = true) LaunchMapRequest launchMap,
        RulesetProvenance ruleset) {
}
