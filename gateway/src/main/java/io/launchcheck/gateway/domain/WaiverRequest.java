package io.launchcheck.gateway.domain;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A request for a waiver.
 *
 * @param ruleId        the rule whose findings it would cover
 * @param jurisdiction  the target jurisdiction (as in the profile's targets) it covers
 * @param app           the app (case-insensitive, as in the profile's {@code app.name})
 * @param team          the team the app belongs to: a product team's comes from its token (if given here it must be
 *                      the same); a compliance officer requesting on a team's behalf names it
 * @param justification why the rule should not count for this app
 * @param reference     the ticket, agreement or authority's letter it rests on
 * @param expiresAt     when it should end; required, in the future and at most launchcheck.waivers.max-days away
 */
public record WaiverRequest(
        @Schema(required = true, examples = "it-garante-deepseek-block") @NotBlank @Size(max = 200) String ruleId,
        @Schema(required = true, examples = "IT") @NotBlank @Size(max = 10) String jurisdiction,
        @Schema(required = true, examples = "acme-assistant") @NotBlank @Size(max = 200) String app,
        @Schema(nullable = true) @Size(max = 200) String team,
        @Schema(required = true) @NotBlank @Size(max = 4000) String justification,
        @Schema(required = true, examples = "JIRA-4711") @NotBlank @Size(max = 500) String reference,
        @Schema(required = true) @NotNull Instant expiresAt) {
}
