package io.launchcheck.gateway.client;

/** The registry could not be reached or failed (5xx, timeout, open circuit). */
public class RegistryFailureException extends RuntimeException {

    public RegistryFailureException(String message) {
        super(message);
    }
}
