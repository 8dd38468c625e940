package io.launchcheck.gateway.config;

import java.time.LocalDate;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The gateway's own settings ({@code launchcheck.gateway.*}, or {@code LAUNCHCHECK_GATEWAY_*} env vars). */
@ConfigMapping(prefix = "launchcheck.gateway")
public interface GatewayConfig {

    /** Seconds a client is asked to wait (Retry-After) when no verdict could be obtained. */
    @WithDefault("5")
    int retryAfter();

    /** The earliest {@code asOf} a profile may ask for. */
    @WithDefault("2000-01-01")
    LocalDate earliestAsOf();

    /** How many years after today an {@code asOf} may lie. */
    @WithDefault("5")
    int maxYearsAhead();

    /**
     * How many rules' texts the gateway holds by digest (about 1 KB each), so the rules-service's answers name them by
     * digest only (the compact form's third version); the least recent leave first.
     */
    @WithDefault("10000")
    long ruleTextsHeld();

    /**
     * Whether the rules-service is asked to name the not-checked rules by digest too (the compact form's fourth
     * version), not only the rules' texts; a rules-service without it answers the third. On by default; off asks for
     * the third version only.
     */
    @WithDefault("true")
    boolean notCheckedByDigest();
}
