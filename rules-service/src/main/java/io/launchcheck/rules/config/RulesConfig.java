package io.launchcheck.rules.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the rules-service keeps the registry's ruleset in memory. */
@ConfigMapping(prefix = "launchcheck.rules")
public interface RulesConfig {

    /** How often the registry's ruleset version is polled; a change is loaded at the next poll. */
    @WithDefault("200ms")
    Duration refreshInterval();

    /** After how long without reaching the registry evaluations are marked {@code rulesetStale}. */
    @WithDefault("5s")
    Duration staleAfter();

    /** How many version-pinned rulesets (for re-running old assessments) are kept in memory. */
    @WithDefault("16")
    int pinnedVersions();
}
