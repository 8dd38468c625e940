package io.launchcheck.rules.health;

import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.service.RulesetHolder;

/**
 * Ready once a ruleset is loaded. Stays ready when the registry goes away (the last ruleset keeps judging)
 * and reports the ruleset's version and age so operators see it.
 */
@Readiness
public class RulesetHealthCheck implements HealthCheck {

    private final RulesetHolder rulesets;

    @Inject
    RulesetHealthCheck(RulesetHolder rulesets) {
        this.rulesets = rulesets;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("ruleset");
        RulesetSnapshot snapshot = rulesets.current().orElse(null);
        if (snapshot == null) {
            response.down().withData("reason", "no ruleset loaded from the registry yet");
        } else {
            Instant now = Instant.now();
            response.up()
                    .withData("version", snapshot.version())
                    .withData("rules", snapshot.ruleCount())
                    .withData("loadedAt", snapshot.loadedAt().toString())
                    .withData("ageSeconds", Duration.between(snapshot.loadedAt(), now).toSeconds())
                    .withData("stale", rulesets.stale());
        }
        Instant contact = rulesets.lastContact();
        response.withData("registryLastContact", contact == null ? "never" : contact.toString());
        response.withData("pushChannel", rulesets.pushUp() ? "up" : "down");
        if (rulesets.lastFailure() != null) {
            response.withData("registryError", rulesets.lastFailure());
        }
        return response.build();
    }
}
