package io.launchcheck.rules.health;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.launchcheck.rules.service.ComplianceEngine;

/** Ready once the DRL rules are compiled into the knowledge base. */
@Readiness
public class KnowledgeBaseHealthCheck implements HealthCheck {

    @Inject
    ComplianceEngine engine;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("knowledge-base").status(engine.compiled()).build();
    }
}
