package io.launchcheck.rules.client;

import java.time.temporal.ChronoUnit;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.launchcheck.api.Ruleset;
import io.launchcheck.api.RulesetUpdate;
import io.smallrye.faulttolerance.api.CircuitBreakerName;

/**
 * Reads rulesets from the registry. A 404 (no such version) and a 304 (not modified) are answers, not
 * failures; anything else that goes wrong is a {@link RegistryUnavailableException}, retried briefly and
 * counted by a circuit breaker so a registry that is down is not hammered.
 */
@ApplicationScoped
public class RegistryClient {

    private final RegistryRestClient registry;

    @Inject
    RegistryClient(@RestClient RegistryRestClient registry) {
        this.registry = registry;
    }

    @Timeout(value = 2, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, retryOn = RegistryUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 1, delayUnit = ChronoUnit.SECONDS,
            failOn = RegistryUnavailableException.class)
    @CircuitBreakerName("registry-ruleset-version")
    public long currentVersion() {
        try {
            return registry.version().version();
        } catch (WebApplicationException | ProcessingException e) {
            throw new RegistryUnavailableException("The registry did not tell its ruleset version", e);
        }
    }

    /**
     * The current ruleset, or empty when it is still {@code knownVersion} (not modified). With
     * {@code heldJurisdictions} (the digest of the jurisdictions the caller holds, may be null) the registry leaves
     * the jurisdictions out while they are the same.
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, retryOn = RegistryUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 1, delayUnit = ChronoUnit.SECONDS,
            failOn = RegistryUnavailableException.class)
    @CircuitBreakerName("registry-ruleset-current")
    public Optional<Ruleset> currentRuleset(Long knownVersion, String heldJurisdictions) {
        try (Response response = registry.current(knownVersion == null ? null : "\"" + knownVersion + "\"",
                heldJurisdictions)) {
            if (response.getStatus() == Response.Status.NOT_MODIFIED.getStatusCode()) {
                return Optional.empty();
            }
            return Optional.of(read(response));
        } catch (WebApplicationException | ProcessingException e) {
            throw new RegistryUnavailableException("The registry did not send its ruleset", e);
        }
    }

    /**
     * What changed since {@code knownVersion}, held with jurisdictions of digest {@code heldJurisdictions} (may be
     * null): the changed rules, or the whole current ruleset. Empty when the registry cannot say (it does not have
     * that version, has no such endpoint, or its answer is not one for {@code knownVersion}); the caller then loads
     * the whole ruleset.
     */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, retryOn = RegistryUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 1, delayUnit = ChronoUnit.SECONDS,
            failOn = RegistryUnavailableException.class)
    @CircuitBreakerName("registry-ruleset-changes")
    public Optional<RulesetUpdate> changesSince(long knownVersion, String heldJurisdictions) {
        try (Response response = registry.changes(knownVersion, heldJurisdictions)) {
            if (response.getStatus() != Response.Status.OK.getStatusCode()) {
                return Optional.empty();
            }
            RulesetUpdate update = response.readEntity(RulesetUpdate.class);
            return update.follows(knownVersion) ? Optional.of(update) : Optional.empty();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() / 100 == 4) {
                return Optional.empty();
            }
            throw new RegistryUnavailableException("The registry did not send the ruleset's changes", e);
        } catch (ProcessingException e) {
            throw new RegistryUnavailableException("The registry did not send the ruleset's changes", e);
        }
    }

    /** Exactly the given ruleset version, or empty when the registry does not have it. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    @Retry(maxRetries = 1, delay = 50, retryOn = RegistryUnavailableException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 1, delayUnit = ChronoUnit.SECONDS,
            failOn = RegistryUnavailableException.class)
    @CircuitBreakerName("registry-ruleset-pinned")
    public Optional<Ruleset> rulesetAt(long version) {
        try (Response response = registry.at(version)) {
            return Optional.of(read(response));
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() == Response.Status.NOT_FOUND.getStatusCode()) {
                return Optional.empty();
            }
            throw new RegistryUnavailableException("The registry did not send ruleset version " + version, e);
        } catch (ProcessingException e) {
            throw new RegistryUnavailableException("The registry did not send ruleset version " + version, e);
        }
    }

    private static Ruleset read(Response response) {
        if (response.getStatus() != Response.Status.OK.getStatusCode()) {
            throw new WebApplicationException(response.getStatus());
        }
        return response.readEntity(Ruleset.class);
    }
}
