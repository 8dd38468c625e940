package io.launchcheck.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A launch map to judge: the rules-service expands the scope into targets from the jurisdictions of the ruleset it
 * judges with, so the map and its verdicts come from the same ruleset version.
 */
public record LaunchMapEvaluationRequest(
        @Schema(required = true) @NotNull @Valid LaunchMapRequest launchMap,
        @Schema(nullable = true) @Positive Long rulesetVersion,
        @Schema(nullable = true, defaultValue = "false") Boolean advice) {

    public boolean wantsAdvice() {
        return Boolean.TRUE.equals(advice);
    }
}
