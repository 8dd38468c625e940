package io.launchcheck.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.launchcheck.gateway.client.RulesClient;
import io.smallrye.health.api.Wellness;

/**
 * Whether the rules-service reports itself ready. A wellness check ({@code /q/health/well}, also in
 * {@code /q/health}), deliberately not a readiness one: while the rules-service is down the gateway still
 * serves stored assessments and answers new ones with a 503 problem and Retry-After; taking every gateway pod
 * out of the Service would turn that into refused connections. Liveness never depends on it.
 */
@Wellness
@ApplicationScoped
public class RulesServiceHealthCheck implements HealthCheck {

    private final RulesClient rules;

    public RulesServiceHealthCheck(RulesClient rules) {
        this.rules = rules;
    }

    @Override
    public HealthCheckResponse call() {
        boolean up;
        try {
            up = rules.ready();
        } catch (RuntimeException timeout) {
            up = false;
        }
        return HealthCheckResponse.named("rules-service").status(up).build();
    }
}
