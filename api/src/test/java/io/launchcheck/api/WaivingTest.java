package io.launchcheck.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** The one function that applies waivers: what it covers, that it never removes a finding, and expiry. */
class WaivingTest {

    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    static final Instant EXPIRY = Instant.parse("2026-04-01T00:00:00Z");
    static final UUID ID = UUID.fromString("3b6c1f9e-2a4d-4e8b-9c1a-5d7e2f3a4b6c");

    static Finding finding(String rule, Severity severity) {
        return new Finding(rule, RuleKind.NATIONWIDE_BAN, severity, RuleStatus.IN_FORCE, "IT", null, "applies",
                List.of("vendor matches"), null, null, null, null, null, LocalDate.parse("2025-01-01"), null);
    }

    static JurisdictionResult italy(Finding... findings) {
        return new JurisdictionResult("IT", Verdicts.ofAll(List.of(findings)), List.of(findings), List.of());
    }

    static WaiverGrant grant(String rule) {
        return new WaiverGrant(ID, rule, "it", "Acme-Assistant", "payments", "bob@example.org", EXPIRY, "JIRA-1");
    }

    @Test
    void aCoveredFindingIsKeptMarkedAndNotCounted() {
        List<JurisdictionResult> results = Waiving.apply(
                List.of(italy(finding("ban", Severity.BLOCKING), finding("advice", Severity.WARNING))),
                "acme-assistant", "payments", NOW, List.of(grant("ban")));
        JurisdictionResult result = results.get(0);
        assertThat(result.findings()).hasSize(2);
        assertThat(result.findings().get(0).waived()).isEqualTo(new FindingWaiver(ID, "bob@example.org", EXPIRY, "JIRA-1"));
        assertThat(result.findings().get(1).waived()).isNull();
        assertThat(result.verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result.verdictWithoutWaivers()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(result.note()).contains("ban", ID.toString(), "bob@example.org", "NON_COMPLIANT");
    }

    @Test
    void aWaiverStopsCoveringAtItsExpiryExactly() {
        List<JurisdictionResult> judged = List.of(italy(finding("ban", Severity.BLOCKING)));
        assertThat(Waiving.apply(judged, "acme-assistant", "payments", EXPIRY.minusMillis(1), List.of(grant("ban")))
                .get(0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(Waiving.apply(judged, "acme-assistant", "payments", EXPIRY, List.of(grant("ban")))
                .get(0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void applyingAgainStartsFromTheVerdictWithoutWaivers() {
        List<JurisdictionResult> waived = Waiving.apply(List.of(italy(finding("ban", Severity.BLOCKING))),
                "acme-assistant", "payments", NOW, List.of(grant("ban")));
        JurisdictionResult again = Waiving.apply(waived, "acme-assistant", "payments", NOW, List.of()).get(0);
        assertThat(again.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(again.verdictWithoutWaivers()).isNull();
        assertThat(again.note()).isNull();
        assertThat(again.findings().get(0).waived()).isNull();
    }

    @Test
    void anotherRuleTeamAppOrTargetIsNotCovered() {
        List<JurisdictionResult> judged = List.of(italy(finding("ban", Severity.BLOCKING)));
        assertThat(Waiving.apply(judged, "acme-assistant", "payments", NOW, List.of(grant("other"))).get(0).verdict())
                .isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(Waiving.apply(judged, "acme-assistant", "growth", NOW, List.of(grant("ban"))).get(0).verdict())
                .isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(Waiving.apply(judged, "other-app", "payments", NOW, List.of(grant("ban"))).get(0).verdict())
                .isEqualTo(Verdict.NON_COMPLIANT);
        List<JurisdictionResult> france = List.of(new JurisdictionResult("FR", Verdict.NON_COMPLIANT,
                List.of(finding("ban", Severity.BLOCKING)), List.of()));
        assertThat(Waiving.apply(france, "acme-assistant", "payments", NOW, List.of(grant("ban"))).get(0).verdict())
                .isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void aVerdictStricterThanItsFindingsStaysStrict() {
        JurisdictionResult odd = new JurisdictionResult("IT", Verdict.NON_COMPLIANT,
                List.of(finding("advice", Severity.WARNING)), List.of());
        JurisdictionResult result = Waiving.apply(List.of(odd), "acme-assistant", "payments", NOW,
                List.of(grant("advice"))).get(0);
        assertThat(result.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(result.findings().get(0).waived()).isNotNull();
    }

    @Test
    void theOverallVerdictIsTheWorstTarget() {
        assertThat(Verdicts.overall(List.of(italy(), italy(finding("advice", Severity.WARNING)))))
                .isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(Verdicts.of(Severity.BLOCKING)).isEqualTo(Verdict.NON_COMPLIANT);
    }
}
