package io.launchcheck.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The test-only clock endpoint ({@code launchcheck.clock.*}). */
@ConfigMapping(prefix = "launchcheck.clock")
public interface TestClockConfig {

    /**
     * Whether {@code PUT /api/v1/test-clock} may move the gateway's clock (end-to-end tests of expiry). Off by
     * default: never enable it in production.
     */
    @WithDefault("false")
    boolean testEndpoint();
}
