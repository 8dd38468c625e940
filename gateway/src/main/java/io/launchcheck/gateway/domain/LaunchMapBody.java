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
 *                   asked; the same shape as an assessment's results
 * @param launchMap  the normalized request that was judged
 * @param understood how the vendor, model and operator were understood
 * @param ruleset    the ruleset that judged it and whether it was known to be current
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "scope", "overall", "totals", "asOf", "rulesetVersion", "evaluatedAt", "app", "understood",
        "results", "launchMap", "ruleset"})
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
        @Schema(required = true) List<JurisdictionResult> results,
        @Schema(required = true) LaunchMapRequest launchMap,
        RulesetProvenance ruleset) {
}
