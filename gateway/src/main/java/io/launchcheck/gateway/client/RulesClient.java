package io.launchcheck.gateway.client;

import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.EvaluationRequest;
import io.launchcheck.api.LaunchMapEvaluationRequest;
import io.launchcheck.api.compact.RuleTextsNotHeldException;
import io.launchcheck.gateway.config.GatewayConfig;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Calls the rules-service with a timeout per attempt, one retry on failures (an evaluation has no side
 * effects, so repeating it is safe) and a circuit breaker. A 400 or 404 is an answer: it is neither retried
 * nor counted as a failure. Timings can be overridden per method with the MicroProfile Fault Tolerance keys,
 * e.g. {@code io.launchcheck.gateway.client.RulesClient/evaluate/Timeout/value}.
 *
 * <p>An evaluation is asked for with the rules' texts by digest while the gateway holds texts
 * ({@link HeldRuleTexts}); an answer naming a digest whose texts are not held (a rule changed, or texts left the
 * bound) is asked for once more, within the same attempt, in the form that carries the texts, and that complete
 * answer is used. With no texts held (after a start) the first call asks for that form straight away. The
 * not-checked rules are asked for by digest as well (the fourth version), with the same fall-back, unless
 * {@code launchcheck.gateway.not-checked-by-digest} is false (then the third version is asked for).
 */
@ApplicationScoped
public class RulesClient {

    /** Name of the circuit breaker around the rules-service, as seen in metrics. */
    public static final String CIRCUIT_BREAKER = "rules-service";

    /** Name of the circuit breaker around the rules-service's launch-map evaluations. */
    public static final String LAUNCH_MAP_CIRCUIT_BREAKER = "rules-service-launch-maps";

    private final RulesRestClient client;
    private final HeldRuleTexts held;
    private final boolean notCheckedByDigest;

    public RulesClient(@RestClient RulesRestClient client, HeldRuleTexts held, GatewayConfig config) {
        this.client = client;
        this.held = held;
        this.notCheckedByDigest = config.notCheckedByDigest();
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100,
            abortOn = {RulesRejectedException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, skipOn = RulesRejectedException.class)
    @CircuitBreakerName(CIRCUIT_BREAKER)
    public Evaluation evaluate(EvaluationRequest request) {
        return withHeldTexts(
                () -> notCheckedByDigest ? client.evaluateByDigests(request) : client.evaluate(request),
                () -> client.evaluateWithTexts(request));
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
        return withHeldTexts(() -> notCheckedByDigest ? client.evaluateLaunchMapByDigests(request)
                        : client.evaluateLaunchMap(request),
                () -> client.evaluateLaunchMapWithTexts(request));
    }

    /** The answer by digest when every digest's texts are held, else the answer that carries the texts. */
    private Evaluation withHeldTexts(Supplier<Evaluation> byDigest, Supplier<Evaluation> withTexts) {
        if (!held.isEmpty()) {
            try {
                return byDigest.get();
            } catch (RuntimeException e) {
                if (notHeld(e) == null) {
                    throw e;
                }
            }
        }
        try {
            return withTexts.get();
        } catch (RuntimeException e) {
            if (notHeld(e) == null) {
                throw e;
            }
            // asked for the texts and answered without them: not an answer to judge by
            throw new RulesFailureException("the rules-service named rule texts by digest when asked for the texts");
        }
    }

    private static RuleTextsNotHeldException notHeld(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleTextsNotHeldException notHeld) {
                return notHeld;
            }
        }
        return null;
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
