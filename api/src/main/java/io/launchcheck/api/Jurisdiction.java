package io.launchcheck.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A country, subdivision or bloc. {@code parent} is a subdivision's country; {@code blocs} the blocs a
 * country belongs to; {@code members} a bloc's countries or a country's subdivisions (left out of rulesets).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Jurisdiction(
        @Schema(required = true) String code,
        @Schema(required = true) String name,
        @Schema(required = true) JurisdictionType type,
        String parent,
        List<String> blocs,
        List<String> members) {
}
