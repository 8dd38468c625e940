package io.launchcheck.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Kind-specific parameters. {@code storageCountries}: for DATA_LOCALIZATION, user data must be stored in
 * one of these. {@code allowedDestinations}: for CROSS_BORDER_TRANSFER, countries or blocs user data may
 * go to (the rule's own jurisdiction is always allowed).
 */
public record RuleRequirement(
        @Schema(nullable = true) @Size(max = 300) List<@NotBlank @Size(max = 10) String> storageCountries,
        @Schema(nullable = true) @Size(max = 300) List<@NotBlank @Size(max = 10) String> allowedDestinations) {
}
