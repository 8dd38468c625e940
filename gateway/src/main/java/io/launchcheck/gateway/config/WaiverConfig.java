package io.launchcheck.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Waivers and telling teams ({@code launchcheck.waivers.*}, {@code launchcheck.webhooks.*}, {@code launchcheck.clock.*}). */
@ConfigMapping(prefix = "launchcheck")
public interface WaiverConfig {

    Waivers waivers();

    Webhooks webhooks();

    TestClock clock();

    interface Waivers {
        /** The longest a waiver may last, in days from its request or approval. */
        @WithDefault("365")
        int maxDays();
    }

    interface Webhooks {
        /** Attempts per delivery before it is FAILED. */
        @WithDefault("6")
        int maxAttempts();

        /** Wait before the second attempt; doubled for each further one. */
        @WithDefault("10S")
        Duration retryBase();

        /** The longest wait between two attempts. */
        @WithDefault("1H")
        Duration retryMax();

        /** How long one attempt may take (connect and answer). */
        @WithDefault("5S")
        Duration timeout();
    }

    interface TestClock {
        /**
         * Whether {@code PUT /api/v1/test-clock} may move the gateway's clock (end-to-end tests of expiry). Off by
         * default: never enable it in production.
         */
        @WithDefault("false")
        boolean testEndpoint();
    }
}
