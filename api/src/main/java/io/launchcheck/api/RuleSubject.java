package io.launchcheck.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which apps a rule covers: any of the vendors (by identity), app names, or model origin countries.
 * All empty means every AI app.
 */
public record RuleSubject(
        @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 200) String> vendors,
        @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 200) String> apps,
        @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 10) String> originCountries) {

    public static final RuleSubject EVERY_APP = new RuleSubject(List.of(), List.of(), List.of());
}
