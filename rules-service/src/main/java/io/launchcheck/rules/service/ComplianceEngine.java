package io.launchcheck.rules.service;

import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Holds the one knowledge base of the service. It is compiled at start-up on a thread of its own, so the
 * compile overlaps the first ruleset fetch from the registry; readiness waits for both
 * ({@code KnowledgeBaseHealthCheck}, {@code RulesetHealthCheck}).
 */
@Singleton
@Startup
public class ComplianceEngine {

    private static final Logger LOG = Logger.getLogger(ComplianceEngine.class);

    private CompletableFuture<ProfileEvaluator> evaluator;

    @PostConstruct
    void compile() {
        evaluator = CompletableFuture.supplyAsync(() -> new ProfileEvaluator(new ComplianceKnowledgeBase()),
                runnable -> {
                    Thread thread = new Thread(runnable, "rules-compile");
                    thread.setDaemon(true);
                    thread.start();
                }).whenComplete((compiled, failure) -> {
                    if (failure != null) {
                        LOG.error("The compliance rules could not be compiled; the service stays unready", failure);
                    }
                });
    }

    /** Whether the knowledge base is compiled and ready to judge. */
    public boolean compiled() {
        return evaluator.isDone() && !evaluator.isCompletedExceptionally();
    }

    /** The evaluator; waits for the compile when called before readiness. */
    public ProfileEvaluator evaluator() {
        return evaluator.join();
    }
}
