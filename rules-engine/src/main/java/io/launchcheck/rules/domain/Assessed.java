package io.launchcheck.rules.domain;

/**
 * What one condition rule found for one candidate: whether the profile meets the condition of one aspect, and why.
 * A condition with nothing to tell (the rule does not restrict that aspect) is not assessed at all.
 */
public final class Assessed {

    /** How a condition came out. */
    public enum Outcome {
        /** The condition holds. */
        MET,
        /** The condition could not be ruled out: the rule applies, and its finding is a warning at most. */
        NOT_RULED_OUT,
        /** The condition does not hold: the rule does not apply to the target. */
        NOT_MET,
        /** The profile lacks what the condition needs: the rule does not apply, and the answer lists it as not checked. */
        NOT_CHECKED
    }

    private final Candidate candidate;
    private final Aspect aspect;
    private final Outcome outcome;
    private final String reason;

    private Assessed(Candidate candidate, Aspect aspect, Outcome outcome, String reason) {
        this.candidate = candidate;
        this.aspect = aspect;
        this.outcome = outcome;
        this.reason = reason;
    }

    public static Assessed met(Candidate candidate, Aspect aspect, String reason) {
        return new Assessed(candidate, aspect, Outcome.MET, reason);
    }

    public static Assessed notRuledOut(Candidate candidate, Aspect aspect, String reason) {
        return new Assessed(candidate, aspect, Outcome.NOT_RULED_OUT, reason);
    }

    public static Assessed notMet(Candidate candidate, Aspect aspect, String reason) {
        return new Assessed(candidate, aspect, Outcome.NOT_MET, reason);
    }

    public static Assessed notChecked(Candidate candidate, Aspect aspect, String reason) {
        return new Assessed(candidate, aspect, Outcome.NOT_CHECKED, reason);
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public Aspect getAspect() {
        return aspect;
    }

    public Outcome getOutcome() {
        return outcome;
    }

    /** Whether the rule may apply as far as this aspect goes ({@code MET} or {@code NOT_RULED_OUT}). */
    public boolean isApplying() {
        return outcome == Outcome.MET || outcome == Outcome.NOT_RULED_OUT;
    }

    /** The condition's finding in plain words, as a finding's {@code why} tells it when the rule applies. */
    public String getReason() {
        return reason;
    }

    @Override
    public String toString() {
        return candidate + " " + aspect + " " + outcome + ": " + reason;
    }
}
