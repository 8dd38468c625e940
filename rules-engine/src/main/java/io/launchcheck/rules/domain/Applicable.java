package io.launchcheck.rules.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * A candidate rule that meets every condition for its target, with why, in the order the answer tells it: why the
 * rule reaches the target, why its subject covers the app, then each assessed condition in {@link Aspect} order.
 * Timing (timing.drl) turns it into a finding or an upcoming entry.
 */
public final class Applicable {

    private static final Comparator<Assessed> ASPECT_ORDER = Comparator.comparing(Assessed::getAspect);

    private final Candidate candidate;
    private final List<String> reasons;
    private final boolean warningAtMost;

    private Applicable(Candidate candidate, List<String> reasons, boolean warningAtMost) {
        this.candidate = candidate;
        this.reasons = reasons;
        this.warningAtMost = warningAtMost;
    }

    /**
     * @param subjectReason why the rule's subject covers the app (decided by the ruleset index)
     * @param assessed      what the condition rules found for the candidate, none of it unmet
     */
    public static Applicable of(Candidate candidate, String subjectReason, Collection<Assessed> assessed) {
        List<Assessed> told = new ArrayList<>(assessed);
        told.sort(ASPECT_ORDER);
        List<String> reasons = new ArrayList<>(told.size() + 3);
        reasons.add(candidate.getReachedBecause());
        reasons.add(subjectReason);
        boolean warningAtMost = false;
        for (Assessed condition : told) {
            if (!condition.isApplying()) {
                throw new IllegalArgumentException("Not applicable: " + condition);
            }
            reasons.add(condition.getReason());
            warningAtMost |= condition.getOutcome() == Assessed.Outcome.NOT_RULED_OUT;
        }
        return new Applicable(candidate, reasons, warningAtMost);
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public RuleFact getRule() {
        return candidate.getRule();
    }

    /** The day judged (the profile's asOf). */
    public java.time.LocalDate getAsOf() {
        return candidate.getProfile().getAsOf();
    }

    /** Why the rule applies, in the order the answer tells it; the timing rule adds its own sentence. */
    public List<String> getReasons() {
        return reasons;
    }

    /** Whether a condition could only not be ruled out: the finding is a warning whatever the rule's severity. */
    public boolean isWarningAtMost() {
        return warningAtMost;
    }

    @Override
    public String toString() {
        return candidate + " applies" + (warningAtMost ? " (a warning at most)" : "");
    }
}
