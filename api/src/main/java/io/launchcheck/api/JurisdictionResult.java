package io.launchcheck.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The verdict for one target jurisdiction of a profile.
 *
 * @param advice                for a NON_COMPLIANT or NEEDS_REVIEW target, the smallest profile changes found that
 *                              make it less severe, each re-judged against the same ruleset version; left out when
 *                              advice was not asked for, and empty when the bounded search found none
 *                              (docs/semantics.md, "Advice")
 * @param verdictWithoutWaivers the verdict the findings would give if no waiver covered any of them; present only
 *                              when a waiver covers at least one finding (then {@code verdict} leaves those out)
 * @param note                  says in words which findings are waived, by which waiver, until when; present only
 *                              when a waiver covers at least one finding
 */
public record JurisdictionResult(
        @Schema(required = true) String jurisdiction,
        @Schema(required = true) Verdict verdict,
        @Schema(required = true) List<Finding> findings,
        @Schema(required = true) List<UpcomingRule> upcoming,
        @Schema(nullable = true, description = "Rules that would reach this target but depend on the system's use cases "
                + "or the team's role, which the profile does not state: they could not be checked and are not in the "
                + "verdict. State useCases and role to have them judged. Absent when there are none.")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UncheckedRule> notChecked,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "For a NON_COMPLIANT or NEEDS_REVIEW target: the smallest profile changes found that make "
                + "it less severe, each verified by judging the changed profile against the same ruleset version, with "
                + "the rules it clears and any it adds; best first. Absent when advice was not asked for (advice=false) "
                + "and for COMPLIANT targets; empty when the bounded search found none.")
        List<Advice> advice,
        @JsonInclude(JsonInclude.Include.NON_NULL) Verdict verdictWithoutWaivers,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    /** A result with every rule checked, without advice, that no waiver touched (as the rules engine reports it). */
    public JurisdictionResult(String jurisdiction, Verdict verdict, List<Finding> findings, List<UpcomingRule> upcoming) {
        this(jurisdiction, verdict, findings, upcoming, List.of(), null, null, null);
    }

    /** A result without advice that no waiver touched. */
    public JurisdictionResult(String jurisdiction, Verdict verdict, List<Finding> findings, List<UpcomingRule> upcoming,
            List<UncheckedRule> notChecked) {
        this(jurisdiction, verdict, findings, upcoming, notChecked, null, null, null);
    }

    /** A result that no waiver touched. */
    public JurisdictionResult(String jurisdiction, Verdict verdict, List<Finding> findings, List<UpcomingRule> upcoming,
            List<UncheckedRule> notChecked, List<Advice> advice) {
        this(jurisdiction, verdict, findings, upcoming, notChecked, advice, null, null);
    }

    /** This result with other {@code notChecked} rules (a launch map keeps them once per rule instead). */
    public JurisdictionResult withNotChecked(List<UncheckedRule> newNotChecked) {
        return new JurisdictionResult(jurisdiction, verdict, findings, upcoming, newNotChecked, advice,
                verdictWithoutWaivers, note);
    }

    /** This result with advice. */
    public JurisdictionResult withAdvice(List<Advice> advice) {
        return new JurisdictionResult(jurisdiction, verdict, findings, upcoming, notChecked, advice,
                verdictWithoutWaivers, note);
    }

    /** This result with other findings, upcoming rules and not-checked rules (as the compact form carries them). */
    public JurisdictionResult withLists(List<Finding> newFindings, List<UpcomingRule> newUpcoming,
            List<UncheckedRule> newNotChecked) {
        return new JurisdictionResult(jurisdiction, verdict, newFindings, newUpcoming, newNotChecked, advice,
                verdictWithoutWaivers, note);
    }

    /** This result with waivers applied: the verdict and findings as waived, what they would be without, and why. */
    public JurisdictionResult withWaivers(Verdict waivedVerdict, List<Finding> waivedFindings, Verdict without,
            String waiverNote) {
        return new JurisdictionResult(jurisdiction, waivedVerdict, waivedFindings, upcoming, notChecked, advice, without,
                waiverNote);
    }
}
