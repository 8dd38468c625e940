package io.launchcheck.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A profile to judge, against the current ruleset or, for re-running old assessments, a given version. */
public record EvaluationRequest(
        @NotNull @Valid DeploymentProfile profile,
        @Positive Long rulesetVersion) {
}
