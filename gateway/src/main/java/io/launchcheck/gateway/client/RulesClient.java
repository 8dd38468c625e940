package io.launchcheck.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.EvaluationRequest;
import io.launchcheck.api.LaunchMapEvaluationRequest;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Calls the rules-service with a timeout per attempt, one retry on failures (an evaluation has no side
 * effects, so repeating it is safe) and a circuit breaker. A 400 or 404 is an answer: it is neither retried
 * nor counted as a failure. Timings can be overridden per method with the MicroProfile Fault Tolerance keys,
 * e.g. {@code io.launchcheck.gateway.client.RulesClient/evaluate/Timeout/value}.
 */
@ApplicationScoped
public class RulesClient {

    /** Name of the circuit breaker around the rules-service, as seen in metrics. */
    public static final String CIRCUIT_BREAKER = "rules-service";

    /** Name of the circuit breaker around the rules-service's launch-map evaluations. */
    public static final String LAUNCH_MAP_CIRCUIT_BREAKER = "rules-service-launch-maps";

    private final RulesRestClient client;

    public RulesClient(@RestClient RulesRestClient client) {
        this.client = client;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100,
            abortOn = {RulesRejectedException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, skipOn = RulesRejectedException.class)
    @CircuitBreakerName(CIRCUIT_BREAKER)
    public Evaluation evaluate(EvaluationRequest request) {
        return client.evaluate(request);
    }

    /**
     * A launch map (up to about 250 targets, and their advice): a longer timeout per attempt, the same retry, and a
     * circuit breaker of its own so a slow world map does not pause assessments.
     */
    @Timeout(value = 4, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100,
            abortOn = {RulesRejectedException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, skipOn = RulesRejectedException.class)
    @CircuitBreakerName(LAUNCH_MAP_CIRCUIT_BREAKER)
    public Evaluation evaluateLaunchMap(LaunchMapEvaluationRequest request) {
        return client.evaluateLaunchMap(request);
    }

    /** Whether the rules-service reports itself ready; no retry, no circuit breaker. */
    @Timeout(value = 1, unit = ChronoUnit.SECONDS)
    public boolean ready() {
        try {
            client.ready();
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
