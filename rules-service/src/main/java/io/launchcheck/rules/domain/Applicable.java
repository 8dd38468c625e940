package io.launchcheck.rules.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** A rule that applies to a target (every condition met), with the reasons in order. */
public final class Applicable {

    private final Candidate candidate;
    private final List<String> why;

    public Applicable(Candidate candidate, List<String> why) {
        this.candidate = candidate;
        this.why = List.copyOf(why);
    }

    /** The candidate's reach and the reasons of its met conditions, leaving out conditions with nothing to tell. */
    public static Applicable of(Candidate candidate, Met... met) {
        List<String> why = new ArrayList<>();
        why.add(candidate.getReachedBecause());
        for (Met m : met) {
            if (m.getWhy() != null) {
                why.add(m.getWhy());
            }
        }
        why.removeIf(Objects::isNull);
        return new Applicable(candidate, why);
    }

    public Candidate getCandidate() {
        return candidate;
    }

    public RuleFact getRule() {
        return candidate.getRule();
    }

    public TargetFact getTarget() {
        return candidate.getTarget();
    }

    public List<String> getWhy() {
        return why;
    }

    @Override
    public String toString() {
        return "Applicable " + candidate;
    }
}
