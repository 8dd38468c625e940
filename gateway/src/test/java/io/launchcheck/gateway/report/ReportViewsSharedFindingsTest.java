package io.launchcheck.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Finding;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.Verdict;

/** Findings several targets of a launch map share are shown once, naming the targets, and referred to by each. */
class ReportViewsSharedFindingsTest {

    private static final String TRANSFERS = "eu-gdpr-chapter-v-transfers";

    private static Finding finding(String ruleId, String jurisdiction, String target, String message) {
        List<String> why = new ArrayList<>();
        if (!target.equals(jurisdiction)) {
            why.add("Target " + target + " is a member of " + jurisdiction);
        }
        why.add("The app processes personal data");
        return new Finding(ruleId, RuleKind.CROSS_BORDER_TRANSFER, Severity.BLOCKING, RuleStatus.IN_FORCE,
                jurisdiction, null, message, why, "GDPR Chapter V", "EDPB", "https://example.org/" + ruleId,
                "Keep the data in the EU", Confidence.HIGH, LocalDate.parse("2018-05-25"), null);
    }

    private static ReportView.Target target(String code, Finding... findings) {
        List<Finding> list = List.of(findings);
        return new ReportView.Target(code, code, Verdict.NON_COMPLIANT, list, list.stream().map(Finding::ruleId).toList(),
                List.of(), List.of());
    }

    @Test
    void aFindingSeveralTargetsShareIsShownOnceNamingThemAndEachTargetRefersToIt() {
        List<ReportView.SharedFinding> shared = new ArrayList<>();
        List<ReportView.Target> targets = ReportViews.shareFindings(List.of(
                target("DE", finding(TRANSFERS, "EU", "DE", "Transfers to CN are not allowed")),
                target("FR", finding(TRANSFERS, "EU", "FR", "Transfers to CN are not allowed")),
                target("IT", finding("it-garante-deepseek-processing-block", "IT", "IT", "The Garante's order"),
                        finding(TRANSFERS, "EU", "IT", "Transfers to CN are not allowed")),
                target("JP")), shared);

        assertThat(shared).hasSize(1);
        assertThat(shared.get(0).number()).isEqualTo(1);
        assertThat(shared.get(0).finding().ruleId()).isEqualTo(TRANSFERS);
        assertThat(shared.get(0).finding().why()).containsExactly("The app processes personal data");
        assertThat(shared.get(0).targets()).extracting(ReportView.Reached::code).containsExactly("DE", "FR", "IT");
        assertThat(targets).extracting(ReportView.Target::code).containsExactly("DE", "FR", "IT", "JP");
        assertThat(targets.get(0).findings()).isEmpty();
        assertThat(targets.get(0).shared()).containsExactly(new ReportView.SharedRef(1, TRANSFERS));
        assertThat(targets.get(0).decidingRules()).containsExactly(TRANSFERS);
        assertThat(targets.get(2).findings()).extracting(Finding::ruleId)
                .containsExactly("it-garante-deepseek-processing-block");
        assertThat(targets.get(2).shared()).containsExactly(new ReportView.SharedRef(1, TRANSFERS));
        assertThat(targets.get(3).shared()).isEmpty();
    }

    @Test
    void aRuleWhoseTextsDifferBetweenTargetsStaysUnderEachTarget() {
        List<ReportView.SharedFinding> shared = new ArrayList<>();
        List<ReportView.Target> targets = ReportViews.shareFindings(List.of(
                target("DE", finding(TRANSFERS, "EU", "DE", "Transfers to CN are not allowed")),
                target("FR", finding(TRANSFERS, "EU", "FR", "Transfers to US are not allowed"))), shared);

        assertThat(shared).isEmpty();
        assertThat(targets).allSatisfy(target -> {
            assertThat(target.findings()).hasSize(1);
            assertThat(target.shared()).isEmpty();
        });
    }
}
