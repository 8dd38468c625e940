package io.launchcheck.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A profile to judge, against the current ruleset or, for re-running old assessments, a given version.
 *
 * @param advice whether to search, for every NON_COMPLIANT or NEEDS_REVIEW target, the profile changes that make it
 *               less severe (each re-judged against the same ruleset); default false
 */
public record EvaluationRequest(
        @NotNull @Valid DeploymentProfile profile,
        @Schema(nullable = true) @Positive Long rulesetVersion,
        @Schema(nullable = true, defaultValue = "false", description = "Also search verified advice for every "
                + "NON_COMPLIANT or NEEDS_REVIEW target (default false)") Boolean advice) {

    /** A request without advice. */
    public EvaluationRequest(DeploymentProfile profile, Long rulesetVersion) {
        this(profile, rulesetVersion, null);
    }

    /** Whether advice was asked for. */
    public boolean wantsAdvice() {
        return Boolean.TRUE.equals(advice);
    }
}
