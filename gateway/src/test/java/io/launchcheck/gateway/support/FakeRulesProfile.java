package io.launchcheck.gateway.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway against the fake rules-service, with timeouts and circuit breaker delay short enough for tests. */
public class FakeRulesProfile implements QuarkusTestProfile {

    private static final String EVALUATE = "io.launchcheck.gateway.client.RulesClient/evaluate/";
    private static final String JUDGE = "io.launchcheck.gateway.service.JudgementService/judge/";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                EVALUATE + "Timeout/value", "1000",
                EVALUATE + "Timeout/unit", "MILLIS",
                EVALUATE + "Retry/delay", "50",
                EVALUATE + "Retry/jitter", "0",
                EVALUATE + "CircuitBreaker/delay", "2000",
                EVALUATE + "CircuitBreaker/delayUnit", "MILLIS",
                JUDGE + "Timeout/value", "3000",
                JUDGE + "Timeout/unit", "MILLIS",
                "quarkus.rest-client.rules.read-timeout", "5000");
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeRulesServiceResource.class));
    }
}
