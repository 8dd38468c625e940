package io.launchcheck.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A model vendor's identity. Profiles and rules name vendors the way people write them; every alias and
 * legal entity resolves, case-insensitively, to the vendor's {@code id}.
 */
public record Vendor(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}", message = "must be a lowercase slug") String id,
        @NotBlank @Size(max = 200) String name,
        @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 200) String> aliases,
        @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 200) String> legalEntities,
        @Schema(nullable = true) @Pattern(regexp = "[A-Za-z]{2}", message = "must be an ISO 3166-1 alpha-2 code") String originCountry) {
}
