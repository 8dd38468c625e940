package io.launchcheck.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Webhook deliveries ({@code launchcheck.webhooks.*}, or {@code LAUNCHCHECK_WEBHOOKS_*} env vars). */
@ConfigMapping(prefix = "launchcheck.webhooks")
public interface WebhookConfig {

    /** How often due deliveries are sent ({@code off} disables; read by the scheduler). */
    @WithDefault("5s")
    String poll();

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
