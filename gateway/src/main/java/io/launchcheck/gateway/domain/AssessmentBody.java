package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Identity;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdict;

/**
 * The public assessment: what {@code POST /api/v1/assessments} answers and {@code GET} returns unchanged.
 *
 * @param overall         the worst of the results' verdicts, combined by the gateway
 * @param asOf            the date the profile was judged on
 * @param app             the app's name
 * @param profile         the normalized profile that was judged
 * @param understood      how the profile's vendor, model and operator were understood: the model's developer, its
 *                        catalog family, who runs inference, and every name that resolved to nothing
 * @param reevaluatedFrom the assessment this one re-judged, if any
 * @param changes         what changed since that assessment, if any
 * @param ruleset         the ruleset that judged it and whether it was known to be current ({@code stale}); absent
 *                        in assessments stored before it was recorded
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"id", "overall", "asOf", "rulesetVersion", "evaluatedAt", "app", "understood", "results",
        "profile", "reevaluatedFrom", "changes", "ruleset"})
public record AssessmentBody(
        @Schema(required = true) UUID id,
        @Schema(required = true) Verdict overall,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) Instant evaluatedAt,
        @Schema(required = true) String app,
        @Schema(nullable = true) Identity understood,
        @Schema(required = true) List<JurisdictionResult> results,
        @Schema(required = true) DeploymentProfile profile,
        UUID reevaluatedFrom,
        Changes changes,
        RulesetProvenance ruleset) {

    /** This assessment with what changed since the one it re-judged. */
    public AssessmentBody withChanges(Changes newChanges) {
        return new AssessmentBody(id, overall, asOf, rulesetVersion, evaluatedAt, app, understood, results, profile,
                reevaluatedFrom, newChanges, ruleset);
    }
}
