package io.launchcheck.gateway.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The registry drafts to preview, and the day to judge on (default: today, UTC).
 */
@Schema(requiredProperties = {"drafts"})
public record ImpactPreviewRequest(@NotEmpty @Size(max = 100) List<@NotNull UUID> drafts,
        @Schema(nullable = true) LocalDate asOf) {
}
