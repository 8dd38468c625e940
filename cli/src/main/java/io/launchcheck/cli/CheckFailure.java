package io.launchcheck.cli;

import java.util.List;

/** Ends a command with an exit code of {@link ExitCodes} and says why, naming the fields at fault. */
final class CheckFailure extends RuntimeException {

    private final int exitCode;
    private final List<String> details;

    CheckFailure(int exitCode, String message, List<String> details) {
        super(message);
        this.exitCode = exitCode;
        this.details = List.copyOf(details);
    }

    static CheckFailure usage(String message, List<String> details) {
        return new CheckFailure(ExitCodes.USAGE, message, details);
    }

    static CheckFailure usage(String message) {
        return usage(message, List.of());
    }

    static CheckFailure unavailable(String message) {
        return new CheckFailure(ExitCodes.UNAVAILABLE, message, List.of());
    }

    int exitCode() {
        return exitCode;
    }

    List<String> details() {
        return details;
    }
}
