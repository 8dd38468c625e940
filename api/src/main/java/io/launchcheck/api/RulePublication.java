package io.launchcheck.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Drafts published together: one ruleset version, every rule change in the rules' history under the caller's
 * token subject.
 */
@Schema(requiredProperties = {"rulesetVersion", "publishedBy", "publishedAt", "drafts", "rules"})
public record RulePublication(long rulesetVersion, String publishedBy, Instant publishedAt, List<UUID> drafts,
        List<String> rules) {

    /** What to publish, and why (recorded as the history's reason). */
    @Schema(requiredProperties = {"drafts"})
    public record Request(@NotEmpty @Size(max = 100) List<@NotNull UUID> drafts,
            @Schema(nullable = true) @Size(max = 1000) String reason) {
    }
}
