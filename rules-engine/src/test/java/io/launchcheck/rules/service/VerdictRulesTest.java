package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;

/** Verdicts per target and overall, and what every finding tells. */
class VerdictRulesTest extends RulesTestSupport {

    private static final String GARANTE = "it-garante-deepseek-processing-block";

    @Test
    void targetWithNoFindingIsCompliant() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("JP")
                .target(target("JP", Set.of(Segment.CONSUMER), null, List.of())));

        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(evaluation.overall()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void targetWithOnlyWarningsNeedsReview() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("FR").target("FR"));

        assertThat(result(evaluation, 0).findings()).extracting(Finding::ruleId).containsExactly("fr-cnil-deepseek-analysis");
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(evaluation.overall()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void targetWithABlockingFindingIsNonCompliantEvenWithWarnings() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("CN").target("IT"));

        assertThat(result(evaluation, 0).findings()).extracting(Finding::ruleId)
                .contains(GARANTE, "eu-gdpr-chapter-v-transfers");
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void overallIsTheWorstOfTheTargets() {
        var jp = target("JP", Set.of(Segment.CONSUMER), null, List.of());

        assertThat(evaluateWithRealPack(profile().dataCountries("FR").target(jp).target("FR").target("IT"))
                .results()).extracting(JurisdictionResult::verdict)
                .containsExactly(Verdict.COMPLIANT, Verdict.NEEDS_REVIEW, Verdict.NON_COMPLIANT);
        assertThat(evaluateWithRealPack(profile().dataCountries("FR").target(jp).target("FR").target("IT")).overall())
                .isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(evaluateWithRealPack(profile().dataCountries("FR").target(jp).target("FR")).overall())
                .isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(evaluateWithRealPack(profile().dataCountries("FR").target(jp).target(jp)).overall())
                .isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void everyFindingSaysWhyAndCarriesItsSource() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Hangzhou DeepSeek Artificial Intelligence")
                .dataCountries("CN").target(" it "));

        assertThat(result(evaluation, 0).jurisdiction()).isEqualTo("IT");
        Finding garante = findingOf(evaluation, 0, GARANTE);
        assertThat(garante.why()).containsExactly(
                "The rule is one of IT's own",
                "Vendor 'Hangzhou DeepSeek Artificial Intelligence' is DeepSeek, which the rule covers",
                "The rule covers the developer's own service, and user data reaches DeepSeek (hosting.mode VENDOR_API "
                        + "with app.vendor 'Hangzhou DeepSeek Artificial Intelligence')",
                "Hosting mode VENDOR_API is covered",
                "In force on 2025-03-01 (since 2025-01-30)");
        assertThat(garante.legalBasis()).contains("Garante urgent order");
        assertThat(garante.authority()).isEqualTo("Garante per la protezione dei dati personali");
        assertThat(garante.sourceUrl()).startsWith("https://");
        assertThat(garante.remediation()).contains("open weights");
        assertThat(garante.confidence()).isEqualTo(Confidence.HIGH);
        assertThat(garante.status()).isEqualTo(RuleStatus.IN_FORCE);
        assertThat(garante.message()).startsWith("Italy: DeepSeek");
        assertThat(result(evaluation, 0).findings()).allSatisfy(f -> assertThat(f.why()).hasSizeGreaterThanOrEqualTo(3));
    }

    @Test
    void unknownJurisdictionIsRejectedNamingTheTarget() {
        ProblemException problem = catchThrowableOfType(ProblemException.class,
                () -> evaluateWithRealPack(profile().target("IT").target("XX").target("US-ZZ")));

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).extracting(Problem.FieldError::field)
                .containsExactly("profile.targets[1].jurisdiction", "profile.targets[2].jurisdiction");
    }

    @Test
    void resultsFollowTheOrderOfTheTargets() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("CN").target("us-tx").target("KR").target("EU"));

        assertThat(evaluation.results()).extracting(JurisdictionResult::jurisdiction).containsExactly("US-TX", "KR", "EU");
    }
}
