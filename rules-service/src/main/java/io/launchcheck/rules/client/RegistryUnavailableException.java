package io.launchcheck.rules.client;

/** The registry could not be reached or did not answer properly. */
public class RegistryUnavailableException extends RuntimeException {

    public RegistryUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
