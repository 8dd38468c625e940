package io.launchcheck.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import of a {@link RulePack} did, by rule, vendor and model family id, and the ruleset version it left behind. */
public record RulePackImport(
        @Schema(required = true) String pack,
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) List<String> added,
        @Schema(required = true) List<String> changed,
        @Schema(required = true) List<String> unchanged,
        @Schema(required = true) List<String> vendorsAdded,
        @Schema(required = true) List<String> vendorsChanged,
        @Schema(required = true) List<String> modelsAdded,
        @Schema(required = true) List<String> modelsChanged) {
}
