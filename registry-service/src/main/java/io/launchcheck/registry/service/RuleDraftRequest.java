package io.launchcheck.registry.service;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Rule;
import io.launchcheck.registry.domain.DraftAction;

/**
 * A rule change to save as a draft: {@code UPSERT} (the default) creates or replaces {@code rule}; {@code DELETE}
 * removes the rule {@code ruleId}. The reason is recorded in the history when the draft is published.
 */
public record RuleDraftRequest(
        @Schema(nullable = true, defaultValue = "UPSERT") DraftAction action,
        @Schema(nullable = true, description = "The rule as it should read once published (UPSERT)") @Valid Rule rule,
        @Schema(nullable = true, description = "The rule to delete (DELETE)") @Size(max = 100) String ruleId,
        @Schema(nullable = true) @Size(max = 1000) String reason) {
}
