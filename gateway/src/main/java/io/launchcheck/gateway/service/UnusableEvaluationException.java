package io.launchcheck.gateway.service;

/** The rules-service answered, but not with a verdict for every target: nothing may be concluded from it. */
public class UnusableEvaluationException extends RuntimeException {

    public UnusableEvaluationException(String message) {
        super(message);
    }
}
