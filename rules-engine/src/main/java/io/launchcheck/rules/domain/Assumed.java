package io.launchcheck.rules.domain;

/**
 * A condition of a candidate rule that the profile does not say enough to decide, so the rule is taken to apply;
 * where it matters (a use case not stated) the finding can then only be a warning.
 */
public final class Assumed {

    private final Candidate candidate;
    private final Aspect aspect;

    public Assumed(Candidate candidate, Aspect aspect) {
        this.candidate = candidate;
        this.aspect = aspect;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public Aspect getAspect() {
        return aspect;
    }

    @Override
    public String toString() {
        return candidate + " assumed for " + aspect;
    }
}
