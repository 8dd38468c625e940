package io.launchcheck.rules.testing;

import io.launchcheck.api.Roles;
import io.launchcheck.testing.DevTokens;

/** The callers this module's tests use, as development tokens (see {@link DevTokens}). */
public final class Tokens extends DevTokens {

    private Tokens() {
    }

    /** The gateway's role: the only one that may ask for evaluations. */
    public static String evaluator() {
        return token("gateway", Roles.EVALUATOR);
    }
}
