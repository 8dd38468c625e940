package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/** How the model is run. Many bans target a developer's own service, not its open weights run elsewhere. */
public enum HostingMode {
    /** The app sends user data to the service of the profile's vendor (the model's developer, unless the vendor is a provider). */
    VENDOR_API,
    /**
     * A third party runs the model for the team: a cloud provider (Amazon Bedrock, Azure AI Foundry, Vertex AI) or an
     * API aggregator (OpenRouter, Together AI); {@code hosting.operator} names it.
     */
    THIRD_PARTY,
    /** The team runs the model (for example open weights) on servers it controls. */
    SELF_HOSTED;

    @JsonCreator
    public static HostingMode of(String value) {
        return Codes.parse(HostingMode.class, value);
    }
}
