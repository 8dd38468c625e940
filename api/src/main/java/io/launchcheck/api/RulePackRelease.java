package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One release of a rule pack in its changelog: what a compliance officer needs to know about it, in sentences.
 *
 * @param date    the day the release was made
 * @param changes one sentence per change (rules added, refined, lifted; vendors added), naming rule ids; empty
 *                when the release lists none
 */
public record RulePackRelease(
        @NotBlank @Size(max = 40) String version,
        @NotNull LocalDate date,
        @Schema(nullable = true) @Size(max = 1000) String summary,
        @Schema(description = "One sentence per change; empty when the release lists none") @Size(max = 200) List<@NotBlank @Size(max = 1000) String> changes) {

    public RulePackRelease {
        changes = changes == null ? List.of() : changes;
    }
}
