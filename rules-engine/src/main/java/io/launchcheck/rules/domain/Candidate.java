package io.launchcheck.rules.domain;

/**
 * A rule that reaches a target through the jurisdiction graph; whether it applies is decided by the
 * conditions. Compared by identity: one candidate per rule and target.
 */
public final class Candidate {

    private final RuleFact rule;
    private final TargetFact target;
    private final String reachedBecause;

    public Candidate(RuleFact rule, TargetFact target, String reachedBecause) {
        this.rule = rule;
        this.target = target;
        this.reachedBecause = reachedBecause;
    }

    public RuleFact getRule() {
        return rule;
    }

    public TargetFact getTarget() {
        return target;
    }

    /** The profile judged (the target's), so that a condition reads it without a join. */
    public ProfileFact getProfile() {
        return target.getProfile();
    }

    /** Why the rule reaches the target, as a sentence. */
    public String getReachedBecause() {
        return reachedBecause;
    }

    @Override
    public String toString() {
        return rule + " for " + target;
    }
}
