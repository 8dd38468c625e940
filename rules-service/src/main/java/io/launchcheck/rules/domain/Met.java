package io.launchcheck.rules.domain;

/**
 * One condition of a candidate rule that the profile meets, with the reason in plain words (null when
 * there is nothing worth telling, e.g. the rule covers every segment).
 */
public final class Met {

    private final Candidate candidate;
    private final Aspect aspect;
    private final String why;

    public Met(Candidate candidate, Aspect aspect, String why) {
        this.candidate = candidate;
        this.aspect = aspect;
        this.why = why;
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public String getWhy() {
        return why;
    }

    @Override
    public String toString() {
        return candidate + " " + aspect + ": " + why;
    }
}
