package io.launchcheck.cli;

/** The exit codes of every command; a pipeline branches on them. */
public final class ExitCodes {

    /** Every profile passed: no target at or above {@code --fail-on}. */
    public static final int PASS = 0;
    /** A policy failure: some target is at or above {@code --fail-on}. */
    public static final int POLICY_FAILURE = 1;
    /** Bad usage, or a profile that is not valid (the fields at fault are printed). */
    public static final int USAGE = 2;
    /** Nothing could be checked: the service is unavailable, or no verdict was reached (fail closed). */
    public static final int UNAVAILABLE = 3;

    static final String LIST_PASS = "0:passed: no target at or above --fail-on";
    static final String LIST_POLICY = "1:policy failure: a target at or above --fail-on";
    static final String LIST_USAGE = "2:usage error or invalid profile (the fields at fault are printed)";
    static final String LIST_UNAVAILABLE = "3:could not check: service unavailable, ruleset unverified or no verdict";

    private ExitCodes() {
    }
}
