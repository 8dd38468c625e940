package io.launchcheck.rules.domain;

/** A condition of a candidate rule that the profile does not meet: the rule does not apply to the target. */
public final class Excluded {

    private final Candidate candidate;
    private final Aspect aspect;

    public Excluded(Candidate candidate, Aspect aspect) {
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
        return candidate + " excluded by " + aspect;
    }
}
