package io.launchcheck.gateway.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;

/** What a re-evaluation changed, as {@link Changes#between} computes it from two assessment bodies. */
class ChangesTest {

    private static final LocalDate AS_OF = LocalDate.parse("2026-03-01");
    private static final UUID BEFORE = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void namesTheFindingsAndUpcomingRulesAddedAndRemovedPerTarget() {
        AssessmentBody before = body(BEFORE, 7, AS_OF, Verdict.NEEDS_REVIEW,
                new JurisdictionResult("IT", Verdict.NEEDS_REVIEW, List.of(finding("it-review"), finding("it-old")),
                        List.of(upcoming("it-soon"))),
                new JurisdictionResult("KR", Verdict.COMPLIANT, List.of(), List.of()));
        AssessmentBody after = body(UUID.randomUUID(), 8, AS_OF, Verdict.NON_COMPLIANT,
                new JurisdictionResult("IT", Verdict.NEEDS_REVIEW, List.of(finding("it-review"), finding("it-new")),
                        List.of()),
                new JurisdictionResult("KR", Verdict.NON_COMPLIANT, List.of(finding("kr-ban")), null));

        Changes changes = Changes.between(before, after);

        assertThat(changes.previous()).isEqualTo(BEFORE);
        assertThat(changes.rulesetVersion()).isEqualTo(new Changes.Change<>(7L, 8L, true));
        assertThat(changes.asOf()).isEqualTo(new Changes.Change<>(AS_OF, AS_OF, false));
        assertThat(changes.overall()).isEqualTo(new Changes.Change<>(Verdict.NEEDS_REVIEW, Verdict.NON_COMPLIANT, true));
        assertThat(changes.jurisdictions()).containsExactly(
                new Changes.JurisdictionChange("IT", Verdict.NEEDS_REVIEW, Verdict.NEEDS_REVIEW, false,
                        List.of("it-new"), List.of("it-old"), List.of(), List.of("it-soon")),
                new Changes.JurisdictionChange("KR", Verdict.COMPLIANT, Verdict.NON_COMPLIANT, true,
                        List.of("kr-ban"), List.of(), List.of(), List.of()));
    }

    @Test
    void aTargetTheOldAssessmentDidNotHaveHadNoVerdictBefore() {
        AssessmentBody before = body(BEFORE, 7, AS_OF, Verdict.COMPLIANT);
        AssessmentBody after = body(UUID.randomUUID(), 7, AS_OF.plusDays(1), Verdict.NON_COMPLIANT,
                new JurisdictionResult("JP", Verdict.NON_COMPLIANT, List.of(finding("jp-ban")), List.of()));

        Changes changes = Changes.between(before, after);

        assertThat(changes.rulesetVersion().changed()).isFalse();
        assertThat(changes.asOf().changed()).isTrue();
        assertThat(changes.jurisdictions()).containsExactly(new Changes.JurisdictionChange("JP", null,
                Verdict.NON_COMPLIANT, true, List.of("jp-ban"), List.of(), List.of(), List.of()));
    }

    private static AssessmentBody body(UUID id, long rulesetVersion, LocalDate asOf, Verdict overall,
            JurisdictionResult... results) {
        return new AssessmentBody(id, overall, asOf, rulesetVersion, Instant.parse("2026-03-01T10:00:00Z"), "acme",
                null, List.of(results), null, null, null, null);
    }

    private static Finding finding(String ruleId) {
        return new Finding(ruleId, RuleKind.NATIONWIDE_BAN, Severity.BLOCKING, RuleStatus.IN_FORCE, "IT", null,
                "A ban", List.of(), null, null, null, null, null, AS_OF, null);
    }

    private static UpcomingRule upcoming(String ruleId) {
        return new UpcomingRule(ruleId, RuleKind.NATIONWIDE_BAN, Severity.BLOCKING, "IT", AS_OF.plusYears(1), "A ban",
                List.of(), "A law", null);
    }
}
