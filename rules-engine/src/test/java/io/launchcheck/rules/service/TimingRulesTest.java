package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.deepseekBan;
import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.rule;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;

/** Time and status on asOf: in force, not yet in force (upcoming), ended, proposed, advisory. */
class TimingRulesTest extends RulesTestSupport {

    private static final String KR_SUSPENSION = "kr-pipc-deepseek-download-suspension";

    @Test
    void ruleInForceOnTheDayJudgedGivesAFindingWithItsSeverity() {
        Evaluation evaluation = evaluateWithRealPack(profile().asOf("2025-03-01").dataCountries("KR")
                .target(target("KR", Set.of(Segment.CONSUMER), null, List.of())));

        assertThat(findingOf(evaluation, 0, KR_SUSPENSION).severity()).isEqualTo(Severity.BLOCKING);
        assertThat(findingOf(evaluation, 0, KR_SUSPENSION).why())
                .contains("In force on 2025-03-01 (since 2025-02-15, until 2025-04-28)");
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void ruleThatStartsAfterTheDayJudgedIsUpcomingWithItsDateAndDoesNotChangeTheVerdict() {
        Evaluation evaluation = evaluate(profile().asOf("2025-01-01").target("KR"),
                deepseekBan("kr-ban", "KR").from("2025-02-06").build());

        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result(evaluation, 0).findings()).isEmpty();
        assertThat(result(evaluation, 0).upcoming()).extracting(UpcomingRule::ruleId, UpcomingRule::effectiveFrom,
                UpcomingRule::severity).containsExactly(org.assertj.core.groups.Tuple.tuple("kr-ban",
                        LocalDate.of(2025, 2, 6), Severity.BLOCKING));
        assertThat(result(evaluation, 0).upcoming().get(0).why()).contains("Takes effect on 2025-02-06, after 2025-01-01");
    }

    @Test
    void realRuleTakingEffectLaterIsListedAsUpcoming() {
        Evaluation evaluation = evaluateWithRealPack(profile().asOf("2025-03-01").dataCountries("US")
                .target(target("US-KS", Set.of(Segment.GOVERNMENT), null, List.of())));

        assertThat(result(evaluation, 0).upcoming()).extracting(UpcomingRule::ruleId)
                .contains("us-ks-hb2313-ai-platforms-of-concern");
        assertThat(finding(evaluation, 0, "us-ks-hb2313-ai-platforms-of-concern")).isEmpty();
    }

    @Test
    void liftedRuleBeforeItStartedIsUpcoming() {
        Evaluation evaluation = evaluateWithRealPack(profile().asOf("2025-02-01").dataCountries("KR")
                .target(target("KR", Set.of(Segment.CONSUMER), null, List.of())));

        assertThat(finding(evaluation, 0, KR_SUSPENSION)).isEmpty();
        assertThat(result(evaluation, 0).upcoming()).extracting(UpcomingRule::ruleId).containsExactly(KR_SUSPENSION);
    }

    @Test
    void ruleThatEndedOnOrBeforeTheDayJudgedIsIgnored() {
        // the suspension's effectiveTo: the app was back in Korean stores on 2025-04-28
        Evaluation evaluation = evaluateWithRealPack(profile().asOf("2025-04-28").dataCountries("KR")
                .target(target("KR", Set.of(Segment.CONSUMER), null, List.of())));

        assertThat(finding(evaluation, 0, KR_SUSPENSION)).isEmpty();
        assertThat(result(evaluation, 0).upcoming()).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void proposedRuleIsOnlyAWarningWhateverItsSeverityAndDates() {
        Evaluation evaluation = evaluate(profile().asOf("2025-03-01").target("KR"),
                deepseekBan("kr-bill", "KR").status(RuleStatus.PROPOSED).from("2026-01-01").build());

        assertThat(only(evaluation, 0).severity()).isEqualTo(Severity.WARNING);
        assertThat(only(evaluation, 0).why()).contains("Proposed, not yet in force: a warning until it is adopted");
        assertThat(result(evaluation, 0).upcoming()).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void realProposedRuleGivesAWarning() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("DE").target("DE"));

        assertThat(findingOf(evaluation, 0, "de-be-dsa-app-store-removal-request").severity()).isEqualTo(Severity.WARNING);
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void advisoryIsAlwaysAWarning() {
        Evaluation evaluation = evaluate(profile().target("KR"),
                rule("kr-advisory", "KR", RuleKind.ADVISORY).vendors("deepseek").build());

        assertThat(only(evaluation, 0).severity()).isEqualTo(Severity.WARNING);
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }
}
