package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * The team's role for the AI system, as the EU AI Act defines operators (Art. 3(3)-(7)). Colorado's "developer" is a
 * {@code PROVIDER} here; Korea's "AI business operators" are providers and deployers.
 */
public enum TeamRole {
    /** Develops the AI system (or has it developed) and places it on the market or puts it into service under its name. */
    PROVIDER,
    /** Uses the AI system under its authority in its own product or business. */
    DEPLOYER,
    /** Places on the market an AI system of a provider established outside the market. */
    IMPORTER,
    /** Makes an AI system available without being its provider or importer. */
    DISTRIBUTOR;

    @JsonCreator
    public static TeamRole of(String value) {
        return Codes.parse(TeamRole.class, value);
    }
}
