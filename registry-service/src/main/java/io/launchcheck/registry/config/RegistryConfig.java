package io.launchcheck.registry.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The registry's own settings ({@code launchcheck.registry.*}, or env vars such as {@code LAUNCHCHECK_REGISTRY_IMPORT_PACK_ON_EMPTY}). */
@ConfigMapping(prefix = "launchcheck.registry")
public interface RegistryConfig {

    /** Import the bundled rule pack at start-up when the rules table is empty. */
    @WithDefault("true")
    boolean importPackOnEmpty();

    /** Classpath location of the bundled rule pack (YAML). */
    @WithDefault("rulepacks/world-ai-restrictions.yaml")
    String bundledPack();

    /** How many past ruleset versions to keep serialized in memory. */
    @WithDefault("16")
    int pastRulesetCacheSize();

    /**
     * How long a rule may go without being checked against its sources ({@code reviewedOn}) before officers'
     * views flag it as overdue for review, in whole days (e.g. {@code 180d}, {@code P180D}). Not used in verdicts.
     */
    @WithDefault("180d")
    Duration reviewMaxAge();
}
