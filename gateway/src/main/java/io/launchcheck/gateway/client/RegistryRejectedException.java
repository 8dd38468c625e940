package io.launchcheck.gateway.client;

import io.launchcheck.api.problem.ProblemException;

/** The registry refused a request (4xx): an answer to relay, not a failure to retry or count. */
public class RegistryRejectedException extends RuntimeException {

    private final ProblemException problem;

    public RegistryRejectedException(ProblemException problem) {
        super(problem.getMessage());
        this.problem = problem;
    }

    /** The registry's problem, to answer the caller with. */
    public ProblemException problem() {
        return problem;
    }
}
