package io.launchcheck.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How a profile's identities were understood, so a team can see and correct a misreading: who developed the model,
 * which catalog family it is, who runs inference, and the names that resolved to nothing.
 *
 * @param developer  the model's developer (from the model when it resolved, else from the vendor); null when unknown
 * @param model      the catalog family of {@code app.model}; null when not given or unknown
 * @param operator   who runs inference
 * @param unresolved every name that did not resolve, with the known names it resembles
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = {"operator", "unresolved"})
public record Identity(Resolved developer, Resolved model, Operator operator, List<Unresolved> unresolved) {

    /** A name resolved to a registry entry: its id and name, and which profile field (and value) it came from. */
    @Schema(requiredProperties = {"id", "name", "from"})
    public record Resolved(String id, String name, String from) {
    }

    /** Who runs inference: the developer itself, a third party, the team, or nobody could tell. */
    public enum OperatorKind {
        DEVELOPER, THIRD_PARTY, TEAM, UNKNOWN
    }

    /**
     * @param id   the vendor id of the operator when it is a known vendor
     * @param name the operator's name as known or as given
     * @param from the profile fields that decided it
     */
    @Schema(requiredProperties = {"kind", "id", "name", "from"})
    public record Operator(OperatorKind kind, @Schema(nullable = true) String id, @Schema(nullable = true) String name,
            String from) {
    }

    /**
     * @param field   the profile field, e.g. {@code app.vendor}
     * @param value   what it said
     * @param nearest known names it resembles (a vendor's or a model family's), nearest first
     */
    @Schema(requiredProperties = {"field", "value", "nearest"})
    public record Unresolved(String field, String value, List<String> nearest) {
    }
}
