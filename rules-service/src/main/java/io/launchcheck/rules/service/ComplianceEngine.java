package io.launchcheck.rules.service;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;

import io.quarkus.runtime.Startup;

/** Holds the one knowledge base of the service, compiled at start-up. */
@Singleton
@Startup
public class ComplianceEngine {

    private ProfileEvaluator evaluator;

    @PostConstruct
    void compile() {
        evaluator = new ProfileEvaluator(new ComplianceKnowledgeBase());
    }

    public ProfileEvaluator evaluator() {
        return evaluator;
    }
}
