package io.launchcheck.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A set of vendors, model families and rules imported together (YAML or JSON), e.g. the bundled real-world pack.
 * Importing is idempotent: rules are matched by id, and a rule equal to the stored one is left alone.
 *
 * @param version   the pack's own release (e.g. {@code 2026.12.1}); the registry keeps the last one imported
 * @param changelog what each release changed, newest first, written for compliance officers
 */
public record RulePack(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "must be a lowercase slug") String pack,
        @Schema(nullable = true) @Size(max = 40) @Pattern(regexp = "[0-9A-Za-z][0-9A-Za-z.+-]{0,39}", message = "must be a release name such as 2026.12.1") String version,
        @Schema(nullable = true) @Size(max = 2000) String description,
        @Schema(nullable = true) @Size(max = 2000) String origin,
        @Schema(nullable = true) @Size(max = 200) List<@NotNull @Valid RulePackRelease> changelog,
        @Schema(nullable = true) @Size(max = 1000) List<@NotNull @Valid Vendor> vendors,
        @Schema(nullable = true) @Size(max = 1000) List<@NotNull @Valid ModelFamily> models,
        @Schema(nullable = true) @Size(max = 100000) List<@NotNull @Valid Rule> rules) {
}
