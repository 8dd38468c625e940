package io.launchcheck.api.compact;

import java.util.Set;

/**
 * A {@link CompactEvaluationV3} names rule texts by digests the caller does not hold: it cannot be expanded, and the
 * caller asks for the evaluation in a form that carries the texts.
 */
public class RuleTextsNotHeldException extends RuntimeException {

    private final transient Set<String> digests;

    public RuleTextsNotHeldException(Set<String> digests) {
        super("the texts of " + digests.size() + " rules are not held", null, false, false);
        this.digests = Set.copyOf(digests);
    }

    /** The digests not held. */
    public Set<String> digests() {
        return digests;
    }
}
