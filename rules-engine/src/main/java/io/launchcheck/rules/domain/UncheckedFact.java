package io.launchcheck.rules.domain;

import java.util.ArrayList;
import java.util.List;

import io.launchcheck.api.UncheckedRule;

/** A rule that reaches a target but depends on use cases or a role the profile does not state. */
public final class UncheckedFact {

    private final int targetIndex;
    private final UncheckedRule unchecked;

    private UncheckedFact(int targetIndex, UncheckedRule unchecked) {
        this.targetIndex = targetIndex;
        this.unchecked = unchecked;
    }

    public static UncheckedFact of(Candidate candidate) {
        RuleFact rule = candidate.getRule();
        List<String> needs = new ArrayList<>();
        if (!rule.getUseCases().isEmpty()) {
            needs.add("useCases");
        }
        if (!rule.getRoles().isEmpty()) {
            needs.add("role");
        }
        UncheckedRule unchecked = new UncheckedRule(rule.getId(), rule.getKind(), rule.getSeverity(),
                rule.getJurisdiction(), rule.getEffectiveFrom(), Messages.of(rule.getRule()), List.copyOf(needs),
                rule.getUseCases(), rule.getRoles(), rule.getRule().legalBasis(), rule.getRule().sourceUrl(),
                rule.getConfidence());
        return new UncheckedFact(candidate.getTarget().getIndex(), unchecked);
    }

    public int getTargetIndex() {
        return targetIndex;
    }

    public UncheckedRule getUnchecked() {
        return unchecked;
    }

    @Override
    public String toString() {
        return "Not checked " + unchecked.ruleId() + " for target " + targetIndex;
    }
}
