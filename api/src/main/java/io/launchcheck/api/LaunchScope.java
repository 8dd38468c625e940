package io.launchcheck.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonCreator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a launch map looks: every country of the registry's ISO 3166-1 catalog, or a bloc's member countries, plus,
 * optionally, the ISO 3166-2 subdivisions of some of those countries as targets of their own.
 *
 * @param kind           WORLD or BLOC
 * @param bloc           the bloc (e.g. EU) with BLOC; not allowed with WORLD
 * @param subdivisionsOf countries of the scope whose subdivisions are judged too, each as its own target
 */
public record LaunchScope(
        @Schema(required = true, description = "WORLD: every country of the registry's catalog (ISO 3166-1, about "
                + "249); BLOC: the member countries of `bloc`") @NotNull Kind kind,
        @Schema(nullable = true, example = "EU", description = "The bloc whose members are judged; required with BLOC, "
                + "not allowed with WORLD") @Size(min = 1, max = 10) String bloc,
        @Schema(nullable = true, description = "Countries of the scope whose ISO 3166-2 subdivisions are judged too, each "
                + "as a target of its own (the country stays a target)", example = "[\"US\"]")
        @Size(max = 10) List<@NotBlank @Pattern(regexp = "\\s*" + DeploymentProfile.COUNTRY_CODE + "\\s*",
                message = "must be an ISO 3166-1 alpha-2 country code") String> subdivisionsOf) {

    public enum Kind {
        WORLD, BLOC;

        @JsonCreator
        public static Kind of(String value) {
            return Codes.parse(Kind.class, value);
        }
    }
}
