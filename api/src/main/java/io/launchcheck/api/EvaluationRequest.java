package io.launchcheck.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A profile to judge, against the current ruleset or, for re-running old assessments, a given version. */
public record EvaluationRequest(
        @NotNull @Valid DeploymentProfile profile,
        @Schema(nullable = true) @Positive Long rulesetVersion) {
}
