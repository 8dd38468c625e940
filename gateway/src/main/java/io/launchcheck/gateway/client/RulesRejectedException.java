package io.launchcheck.gateway.client;

import io.launchcheck.api.problem.Problem;

/**
 * The rules-service refused the request with a 400 or 404: an answer about the profile (for example an
 * unknown jurisdiction or ruleset version), not a failure. Never retried, never counted by the circuit breaker.
 */
public class RulesRejectedException extends RuntimeException {

    private final int status;
    private final transient Problem problem;

    public RulesRejectedException(int status, Problem problem) {
        super("the rules-service rejected the request with " + status);
        this.status = status;
        this.problem = problem;
    }

    public int status() {
        return status;
    }

    /** The rules-service's problem body, or null when it sent none. */
    public Problem problem() {
        return problem;
    }
}
