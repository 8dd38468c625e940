package io.launchcheck.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.Verdict;

class JudgementServiceTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-03-01");

    @Test
    void nonCompliantBeatsEverything() {
        assertThat(combine(Verdict.COMPLIANT, Verdict.NON_COMPLIANT, Verdict.NEEDS_REVIEW))
                .isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void needsReviewBeatsCompliant() {
        assertThat(combine(Verdict.COMPLIANT, Verdict.NEEDS_REVIEW)).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void compliantOnlyWhenEveryTargetIsCompliant() {
        assertThat(combine(Verdict.COMPLIANT, Verdict.COMPLIANT)).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void refusesAnEvaluationMissingATarget() {
        DeploymentProfile profile = profile("IT", "KR");
        Evaluation evaluation = evaluation(7, List.of(result("IT", Verdict.COMPLIANT)));

        assertThatThrownBy(() -> JudgementService.combine(profile, null, evaluation))
                .isInstanceOf(UnusableEvaluationException.class).hasMessageContaining("1 results for 2 targets");
    }

    @Test
    void refusesResultsForOtherJurisdictionsOrInAnotherOrder() {
        DeploymentProfile profile = profile("IT", "KR");
        Evaluation swapped = evaluation(7, List.of(result("KR", Verdict.COMPLIANT), result("IT", Verdict.COMPLIANT)));

        assertThatThrownBy(() -> JudgementService.combine(profile, null, swapped))
                .isInstanceOf(UnusableEvaluationException.class);
    }

    @Test
    void refusesAResultWithoutVerdict() {
        DeploymentProfile profile = profile("IT");
        Evaluation evaluation = evaluation(7, List.of(result("IT", null)));

        assertThatThrownBy(() -> JudgementService.combine(profile, null, evaluation))
                .isInstanceOf(UnusableEvaluationException.class);
    }

    @Test
    void refusesAVerdictMilderThanABlockingFinding() {
        DeploymentProfile profile = profile("IT");
        Finding blocking = new Finding("it-ban", RuleKind.NATIONWIDE_BAN, Severity.BLOCKING, RuleStatus.IN_FORCE, "IT",
                null, "banned", List.of(), null, null, null, null, null, AS_OF, null);
        Evaluation evaluation = evaluation(7,
                List.of(new JurisdictionResult("IT", Verdict.NEEDS_REVIEW, List.of(blocking), List.of())));

        assertThatThrownBy(() -> JudgementService.combine(profile, null, evaluation))
                .isInstanceOf(UnusableEvaluationException.class);
    }

    @Test
    void refusesAnotherRulesetVersionThanThePinnedOne() {
        DeploymentProfile profile = profile("IT");
        Evaluation evaluation = evaluation(8, List.of(result("IT", Verdict.COMPLIANT)));

        assertThatThrownBy(() -> JudgementService.combine(profile, 7L, evaluation))
                .isInstanceOf(UnusableEvaluationException.class);
    }

    private static Verdict combine(Verdict... verdicts) {
        String[] codes = new String[verdicts.length];
        List<JurisdictionResult> results = new java.util.ArrayList<>();
        for (int i = 0; i < verdicts.length; i++) {
            codes[i] = "C" + i;
            results.add(result(codes[i], verdicts[i]));
        }
        return JudgementService.combine(profile(codes), null, evaluation(7, results));
    }

    private static DeploymentProfile profile(String... jurisdictions) {
        return new DeploymentProfile(new DeploymentProfile.App("acme-assistant", "DeepSeek", null, "CN"),
                new DeploymentProfile.Hosting(HostingMode.VENDOR_API, null, List.of("CN")), true,
                Arrays.stream(jurisdictions).map(code -> new DeploymentProfile.Target(code, null, null, null)).toList(),
                AS_OF);
    }

    private static JurisdictionResult result(String jurisdiction, Verdict verdict) {
        return new JurisdictionResult(jurisdiction, verdict, List.of(), List.of());
    }

    private static Evaluation evaluation(long version, List<JurisdictionResult> results) {
        return new Evaluation(version, Instant.now(), false, AS_OF, Verdict.COMPLIANT, results, null);
    }
}
