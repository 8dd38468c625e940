package io.launchcheck.gateway.support;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway against the fake rules-service, with timeouts and circuit breaker delay short enough for tests. */
public class FakeRulesProfile implements QuarkusTestProfile {

    private static final String EVALUATE = "io.launchcheck.gateway.client.RulesClient/evaluate/";
    private static final String JUDGE = "io.launchcheck.gateway.service.JudgementService/judge/";
    private static final String EVALUATE_MAP = "io.launchcheck.gateway.client.RulesClient/evaluateLaunchMap/";
    private static final String JUDGE_MAP = "io.launchcheck.gateway.service.JudgementService/judgeLaunchMap/";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new java.util.HashMap<>(Map.of(
                EVALUATE_MAP + "Timeout/value", "1000",
                EVALUATE_MAP + "Timeout/unit", "MILLIS",
                EVALUATE_MAP + "Retry/delay", "50",
                EVALUATE_MAP + "Retry/jitter", "0",
                EVALUATE_MAP + "CircuitBreaker/delay", "2000",
                EVALUATE_MAP + "CircuitBreaker/delayUnit", "MILLIS",
                JUDGE_MAP + "Timeout/value", "3000",
                JUDGE_MAP + "Timeout/unit", "MILLIS"));
        overrides.putAll(Map.of(
                EVALUATE + "Timeout/value", "1000",
                EVALUATE + "Timeout/unit", "MILLIS",
                EVALUATE + "Retry/delay", "50",
                EVALUATE + "Retry/jitter", "0",
                EVALUATE + "CircuitBreaker/delay", "2000",
                EVALUATE + "CircuitBreaker/delayUnit", "MILLIS",
                JUDGE + "Timeout/value", "3000",
                JUDGE + "Timeout/unit", "MILLIS",
                "quarkus.rest-client.rules.read-timeout", "5000"));
        return overrides;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeRulesServiceResource.class));
    }
}
