package io.launchcheck.registry.service;

import jakarta.inject.Singleton;

import io.launchcheck.rules.service.ComplianceKnowledgeBase;
import io.launchcheck.rules.service.ProfileEvaluator;
import io.launchcheck.rules.service.RuleTestRunner;

/**
 * The rules engine the registry judges with in-process: the same library and precompiled knowledge base the
 * rules-service uses, so a rule test or an impact preview gives the verdict the rules-service would give. Loaded on
 * first use (a rule change with tests, a preview), not at start-up.
 */
@Singleton
public class RuleEngine {

    private volatile ProfileEvaluator evaluator;

    public ProfileEvaluator evaluator() {
        ProfileEvaluator loaded = evaluator;
        if (loaded == null) {
            synchronized (this) {
                loaded = evaluator;
                if (loaded == null) {
                    loaded = new ProfileEvaluator(new ComplianceKnowledgeBase());
                    evaluator = loaded;
                }
            }
        }
        return loaded;
    }

    public RuleTestRunner testRunner() {
        return new RuleTestRunner(evaluator());
    }
}
