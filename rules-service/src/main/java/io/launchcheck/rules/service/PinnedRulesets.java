package io.launchcheck.rules.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.launchcheck.api.Ruleset;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.rules.client.RegistryClient;
import io.launchcheck.rules.client.RegistryUnavailableException;
import io.launchcheck.rules.config.RulesConfig;
import io.launchcheck.rules.domain.RulesetSnapshot;

/**
 * Rulesets of given versions, for re-running old assessments: fetched from the registry once and kept in a
 * small least-recently-used map. Ruleset versions never change, so they never need refreshing.
 */
@Singleton
public class PinnedRulesets {

    private final RegistryClient registry;
    private final RulesConfig config;

    @Inject
    PinnedRulesets(RegistryClient registry,
            RulesConfig config) {
        this.registry = registry;
        this.config = config;
    }

    private Map<Long, RulesetSnapshot> cache;

    /**
     * @throws ProblemException 404 when the registry has no such version, 503 when it cannot be reached
     */
    public RulesetSnapshot get(long version) {
        synchronized (this) {
            RulesetSnapshot cached = cache().get(version);
            if (cached != null) {
                return cached;
            }
        }
        Optional<Ruleset> ruleset;
        try {
            ruleset = registry.rulesetAt(version);
        } catch (RegistryUnavailableException | FaultToleranceException e) {
            throw ProblemException.unavailable("Ruleset version " + version
                    + " is not in memory and the registry cannot be reached; try again shortly", 5);
        }
        RulesetSnapshot snapshot = RulesetSnapshot.of(ruleset.orElseThrow(
                () -> ProblemException.notFound("The registry has no ruleset version " + version)), Instant.now());
        synchronized (this) {
            cache().put(version, snapshot);
        }
        return snapshot;
    }

    private Map<Long, RulesetSnapshot> cache() {
        if (cache == null) {
            int size = Math.max(1, config.pinnedVersions());
            cache = new LinkedHashMap<>(size * 2, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, RulesetSnapshot> eldest) {
                    return size() > size;
                }
            };
        }
        return cache;
    }
}
