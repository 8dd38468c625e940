package io.launchcheck.registry.service;

/** Who makes a change and why; recorded in history and in the ruleset version log. */
public record ChangeContext(String actor, String reason) {

    public static final String ANONYMOUS = "anonymous";

    public static ChangeContext system(String reason) {
        return new ChangeContext("system", reason);
    }
}
