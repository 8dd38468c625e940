package io.launchcheck.rules.domain;

import java.util.ArrayList;
import java.util.List;

import io.launchcheck.api.Finding;
import io.launchcheck.api.Severity;

/** A finding for one target, as the rules decided it. */
public final class FindingFact {

    private final int targetIndex;
    private final Severity severity;
    private final Finding finding;

    private FindingFact(int targetIndex, Severity severity, Finding finding) {
        this.targetIndex = targetIndex;
        this.severity = severity;
        this.finding = finding;
    }

    /** A finding of the given severity for a rule that applies to a target, with why it applies and its timing. */
    public static FindingFact of(Candidate applicable, List<String> reasons, Severity severity, String timing) {
        RuleFact rule = applicable.getRule();
        List<String> why = new ArrayList<>(reasons);
        why.add(timing);
        Finding finding = new Finding(rule.getId(), rule.getKind(), severity, rule.getStatus(), rule.getJurisdiction(),
                rule.getOrganization(), Messages.of(rule.getRule()), List.copyOf(why), rule.getRule().legalBasis(),
                rule.getRule().authority(), rule.getRule().sourceUrl(), rule.getRule().remediation(),
                rule.getConfidence(), rule.getEffectiveFrom(), rule.getEffectiveTo());
        return new FindingFact(applicable.getTarget().getIndex(), severity, finding);
    }

    public int getTargetIndex() {
        return targetIndex;
    }

    public Severity getSeverity() {
        return severity;
    }

    public Finding getFinding() {
        return finding;
    }

    @Override
    public String toString() {
        return "Finding " + finding.ruleId() + " " + severity + " for target " + targetIndex;
    }
}
