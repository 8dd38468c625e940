package io.launchcheck.rules.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How the rules-service keeps the registry's ruleset in memory. */
@ConfigMapping(prefix = "launchcheck.rules")
public interface RulesConfig {

    /**
     * How often the registry's ruleset version is polled while the push channel is down (or off); a change is
     * loaded at the next poll.
     */
    @WithDefault("200ms")
    Duration refreshInterval();

    /** After how long without reaching the registry evaluations are marked {@code rulesetStale}. */
    @WithDefault("5s")
    Duration staleAfter();

    /** How many version-pinned rulesets (for re-running old assessments) are kept in memory. */
    @WithDefault("16")
    int pinnedVersions();

    /** The push channel from the registry (a long poll on its ruleset version); see {@code RulesetPush}. */
    Push push();

    interface Push {

        /** Whether to listen for changes at all; off: polling every refresh-interval only. */
        @WithDefault("true")
        boolean enabled();

        /**
         * How long one long poll waits for a change, in whole seconds (the registry allows up to 60); must stay
         * below {@code quarkus.rest-client.registry-push.read-timeout}.
         */
        @WithDefault("20s")
        Duration longPoll();

        /** How long to wait before listening again after the channel failed. */
        @WithDefault("5s")
        Duration retry();

        /** How often the version is still polled while the channel is up. */
        @WithDefault("2s")
        Duration pollInterval();
    }
}
