package io.launchcheck.gateway.client;

/** The rules-service failed (5xx or an unusable answer): no verdict was obtained. */
public class RulesFailureException extends RuntimeException {

    public RulesFailureException(String message) {
        super(message);
    }
}
