package io.launchcheck.gateway.client;

import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.launchcheck.api.RulePreview;
import io.launchcheck.api.RulePreviewRequest;
import io.launchcheck.api.RulePublication;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Calls the registry's rule-draft API. A preview only reads, so it gets a timeout, one retry and a circuit breaker;
 * a publication changes the registry and is never repeated by the gateway (a repeat of a publication that did go
 * through would be refused with 409 anyway), so it gets a timeout only. A 4xx is an answer
 * ({@link RegistryRejectedException}): neither retried nor counted as a failure.
 */
@ApplicationScoped
public class RegistryClient {

    public static final String CIRCUIT_BREAKER = "registry";

    private final RegistryRestClient client;

    public RegistryClient(@RestClient RegistryRestClient client) {
        this.client = client;
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 200, jitter = 100,
            abortOn = {RegistryRejectedException.class, CircuitBreakerOpenException.class})
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS,
            successThreshold = 1, skipOn = RegistryRejectedException.class)
    @CircuitBreakerName(CIRCUIT_BREAKER)
    public RulePreview preview(String authorization, RulePreviewRequest request) {
        return client.preview(authorization, request);
    }

    @Timeout(value = 30, unit = ChronoUnit.SECONDS)
    public RulePublication publish(String authorization, RulePublication.Request request) {
        return client.publish(authorization, request);
    }
}
