package io.launchcheck.gateway.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Waivers ({@code launchcheck.waivers.*}, or {@code LAUNCHCHECK_WAIVERS_*} env vars). */
@ConfigMapping(prefix = "launchcheck.waivers")
public interface WaiverConfig {

    /** The longest a waiver may last, in days from its request or approval. */
    @WithDefault("365")
    int maxDays();

    /** How often ended waivers are told to their teams ({@code off} disables; read by the scheduler). */
    @WithDefault("60s")
    String expiryCheck();
}
