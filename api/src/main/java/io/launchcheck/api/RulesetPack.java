package io.launchcheck.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The rule-pack release a ruleset version contains: the last import of a pack that changed the ruleset at or before
 * that version (officers' edits made after it are in the version too).
 */
@Schema(description = "The rule-pack release the ruleset version contains: the last pack import that changed the "
        + "ruleset at or before that version")
public record RulesetPack(
        @Schema(required = true, example = "world-ai-restrictions") String name,
        @Schema(required = true, nullable = true, example = "2026.12.2") String release) {
}
