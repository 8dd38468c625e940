package io.launchcheck.rules.domain;

import java.util.ArrayList;
import java.util.List;

import io.launchcheck.api.Severity;
import io.launchcheck.api.UpcomingRule;

/** A rule that would apply to a target but takes effect after {@code asOf}. */
public final class UpcomingFact {

    private final int targetIndex;
    private final UpcomingRule upcoming;

    private UpcomingFact(int targetIndex, UpcomingRule upcoming) {
        this.targetIndex = targetIndex;
        this.upcoming = upcoming;
    }

    public static UpcomingFact of(Applicable applicable, Severity severity, String timing) {
        return of(applicable.getCandidate(), applicable.getReasons(), severity, timing);
    }

    /** The same, for a candidate that applies with the given reasons. */
    public static UpcomingFact of(Candidate applicable, List<String> reasons, Severity severity, String timing) {
        RuleFact rule = applicable.getRule();
        List<String> why = new ArrayList<>(reasons);
        why.add(timing);
        UpcomingRule upcoming = new UpcomingRule(rule.getId(), rule.getKind(), severity, rule.getJurisdiction(),
                rule.getEffectiveFrom(), Messages.of(rule.getRule()), List.copyOf(why), rule.getRule().legalBasis(),
                rule.getRule().sourceUrl(), rule.getConfidence(), rule.getRule().reviewedOn());
        return new UpcomingFact(applicable.getTarget().getIndex(), upcoming);
    }

    public int getTargetIndex() {
        return targetIndex;
    }

    public UpcomingRule getUpcoming() {
        return upcoming;
    }
}
