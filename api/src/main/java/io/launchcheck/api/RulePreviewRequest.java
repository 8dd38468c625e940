package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Profiles to judge with and without some rule drafts (the registry's {@code POST /api/v1/rule-previews}; the
 * gateway sends the latest stored profile of every app).
 *
 * @param drafts   the open drafts to add to the published ruleset
 * @param asOf     the day every profile is judged on (default: today, UTC)
 * @param profiles the profiles, each with a key the caller chooses (the gateway: an assessment id)
 */
@Schema(requiredProperties = {"drafts", "profiles"})
public record RulePreviewRequest(
        @NotEmpty @Size(max = 100) List<@NotNull UUID> drafts,
        @Schema(nullable = true) LocalDate asOf,
        @NotNull @Size(max = 5000) List<@NotNull @Valid Item> profiles) {

    /** One profile and the caller's key for it. */
    @Schema(requiredProperties = {"key", "profile"})
    public record Item(@NotBlank @Size(max = 100) String key, @NotNull @Valid DeploymentProfile profile) {
    }
}
