package io.launchcheck.gateway.client;

import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.config.GatewayConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The one place where a call to the rules-service or the registry fails closed. A refusal is relayed as the answer
 * it is (the rules-service's 400/404 with the fields named as in the gateway's request, the registry's problem as it
 * sent it); an open circuit and anything else (timeout, refused connection, 5xx, an answer that does not judge every
 * target) is a 503 with {@code Retry-After}, and nothing is stored, previewed or published. A judgement no request
 * waits for (the recheck that tells a team of changed verdicts) fails closed too but is not answered: its failure is
 * thrown as it came ({@link #rawJudgement}), so nothing is told and the caller retries. Judgements are timed as
 * {@value #JUDGEMENTS} with the tags {@code kind} and {@code outcome}.
 */
@ApplicationScoped
public class FailClosed {

    /** The timer of every judgement, tagged {@code kind} and {@code outcome} (judged, rejected, circuit-open, unavailable). */
    public static final String JUDGEMENTS = "launchcheck.gateway.judgements";

    private static final Logger LOG = Logger.getLogger(FailClosed.class);

    private final GatewayConfig config;
    private final MeterRegistry metrics;

    public FailClosed(GatewayConfig config, MeterRegistry metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    /**
     * Runs a judgement of the rules-service ({@code kind}: new, reevaluation, launch-map) and turns every way it can
     * fail into a problem.
     *
     * @param rulesetVersion the version the judgement was pinned to, if any (named in a relayed 404)
     */
    public <T> T judgement(String kind, Long rulesetVersion, Supplier<T> judgement) {
        try {
            return timed(kind, judgement);
        } catch (RulesRejectedException e) {
            throw relay(e, rulesetVersion);
        } catch (CircuitBreakerOpenException e) {
            throw unavailable("The rules-service is failing and calls to it are paused; nothing was stored");
        } catch (RuntimeException e) {
            LOG.warnf("No verdict obtained from the rules-service: %s", e.toString());
            throw unavailable("No verdict could be obtained from the rules-service; nothing was stored");
        }
    }

    /**
     * Runs a judgement no request waits for ({@code kind}: recheck, when a team is told of changed verdicts), timed
     * like every other; a failure is thrown as it came ({@link RulesRejectedException}, a
     * {@link CircuitBreakerOpenException} or any other), not made a problem, so that the caller tells nothing and
     * leaves the work (the end of a waiver) untold, to be retried.
     */
    public <T> T rawJudgement(String kind, Supplier<T> judgement) {
        return timed(kind, judgement);
    }

    private <T> T timed(String kind, Supplier<T> judgement) {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "judged";
        try {
            return judgement.get();
        } catch (RulesRejectedException e) {
            outcome = "rejected";
            throw e;
        } catch (CircuitBreakerOpenException e) {
            outcome = "circuit-open";
            throw e;
        } catch (RuntimeException e) {
            outcome = "unavailable";
            throw e;
        } finally {
            sample.stop(metrics.timer(JUDGEMENTS, "kind", kind, "outcome", outcome));
        }
    }

    /** Runs a call of the registry's rule-draft API (preview, publication) and turns every way it can fail into a problem. */
    public <T> T registry(Supplier<T> call) {
        try {
            return call.get();
        } catch (RegistryRejectedException e) {
            throw e.problem();
        } catch (CircuitBreakerOpenException e) {
            throw unavailable("The registry is failing and calls to it are paused; nothing was previewed or published");
        } catch (ProblemException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warnf("The registry could not be reached: %s", e.toString());
            throw unavailable("The registry could not be reached; nothing was previewed or published");
        }
    }

    private ProblemException unavailable(String reason) {
        return ProblemException.unavailable(reason + ". Try again later.", config.retryAfter());
    }

    /** A 400 or 404 of the rules-service, relayed with the fields named as in the gateway's request. */
    static ProblemException relay(RulesRejectedException e, Long rulesetVersion) {
        Problem problem = e.problem();
        List<Problem.FieldError> errors = problem == null || problem.errors() == null ? List.of()
                : problem.errors().stream()
                        .map(error -> new Problem.FieldError(unprefixed(error.field()), error.message()))
                        .toList();
        if (e.status() == 404) {
            String detail = problem != null && problem.detail() != null ? unprefixed(problem.detail())
                    : "Ruleset version " + rulesetVersion + " does not exist";
            return new ProblemException(404, "Not found", detail,
                    errors.isEmpty() && rulesetVersion != null
                            ? List.of(new Problem.FieldError("rulesetVersion", "does not exist"))
                            : errors,
                    null);
        }
        if (errors.isEmpty()) {
            String detail = problem != null && problem.detail() != null ? unprefixed(problem.detail())
                    : "The rules-service refused the profile";
            return new ProblemException(400, "Invalid request", detail, List.of(), null);
        }
        return ProblemException.badRequest(errors);
    }

    /** The rules-service names the fields of its request ({@code profile.targets[1].jurisdiction}); the gateway's has no prefix. */
    private static String unprefixed(String text) {
        return text == null ? null : text.replaceAll("\\bprofile\\.", "");
    }
}
