package io.launchcheck.gateway.support;

import static io.launchcheck.gateway.support.Tokens.asTeam;

import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;

import io.launchcheck.gateway.client.HeldRuleTexts;
import io.launchcheck.gateway.repository.AssessmentRepository;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

/**
 * Shared set-up of the gateway's HTTP tests: a judging fake rules-service, closed circuit breakers and no rule texts
 * held.
 */
public abstract class GatewayTest {

    public static final String ASSESSMENTS = "/api/v1/assessments";
    public static final String AS_OF = "2025-03-01";

    @Inject
    protected AssessmentRepository repository;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @Inject
    HeldRuleTexts heldRuleTexts;

    protected final FakeRulesService rules = FakeRulesService.get();

    @BeforeEach
    void resetRulesServiceAndCircuitBreakers() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        rules.reset();
        circuitBreakers.resetAll();
        heldRuleTexts.clear();
    }

    /** A DeepSeek API profile for the given app, judged on {@link #AS_OF}, with the given target objects. */
    public static String profile(String app, String... targets) {
        return """
                {"app": {"name": "%s", "vendor": "DeepSeek", "model": "deepseek-r1", "originCountry": "CN"},
                 "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
                 "processesPersonalData": true,
                 "targets": [%s],
                 "asOf": "%s"}
                """.formatted(app, String.join(", ", targets), AS_OF);
    }

    public static String target(String jurisdiction) {
        return "{\"jurisdiction\": \"" + jurisdiction + "\", \"segments\": [\"CONSUMER\"]}";
    }

    /** An app name no other test uses, so lists filtered by it see only this test's assessments. */
    public static String uniqueApp(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public static Response assess(String body) {
        return asTeam().contentType(ContentType.JSON).body(body).when().post(ASSESSMENTS);
    }

    protected long stored() {
        return repository.count();
    }
}
