package io.launchcheck.rules.domain;

import java.util.ArrayList;
import java.util.List;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Finding;
import io.launchcheck.api.Identity;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
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
    public static FindingFact of(Applicable applicable, Severity severity, String timing) {
        return of(applicable.getCandidate(), applicable.getReasons(), severity, timing);
    }

    /** The same, for a candidate that applies with the given reasons. */
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

    /** The rule id of the warning for a profile whose vendor, model or operator is not known. */
    public static final String UNIDENTIFIED = "launchcheck-identity-not-resolved";

    /** A warning for a target of a profile with names that resolve to nothing, saying which and what they resemble. */
    public static FindingFact unidentified(TargetFact target, ProfileFact profile) {
        List<String> why = new ArrayList<>();
        for (Identity.Unresolved name : profile.getIdentity().unresolved()) {
            why.add(name.field() + " '" + name.value() + "' is not a vendor or model the registry knows"
                    + (name.nearest().isEmpty() ? "" : "; it resembles " + String.join(", ", name.nearest())));
        }
        why.add("Rules that name vendors cannot be ruled out, so the launch needs review");
        Finding finding = new Finding(UNIDENTIFIED, RuleKind.ADVISORY, Severity.WARNING, RuleStatus.IN_FORCE,
                target.getCode(), null, "The vendor, model or operator could not be identified", List.copyOf(why),
                "LaunchCheck fails closed: a launch whose identity cannot be checked is never reported COMPLIANT",
                null, null, "Write the vendor and model as the registry knows them (GET /api/v1/vendors?name=... and "
                        + "GET /api/v1/models?name=... on the registry), or ask a compliance officer to add them to "
                        + "the registry; then assess again.", Confidence.HIGH, profile.getAsOf(), null);
        return new FindingFact(target.getIndex(), Severity.WARNING, finding);
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
