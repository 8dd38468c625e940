package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.UseCase;
import io.launchcheck.api.Verdict;
import io.launchcheck.rules.testing.Fixtures;

/**
 * The use-case rules of the real pack (release 2026.12.2), judged with real Drools sessions on the days around each
 * milestone: the EU AI Act's, Korea's AI Basic Act, Italy's Law 132/2025 and Colorado's AI Act.
 */
class RealPackUseCaseRulesTest extends RulesTestSupport {

    private static final String PROHIBITED = "eu-ai-act-art5-prohibited-practices";
    private static final String LITERACY = "eu-ai-act-art4-ai-literacy";
    private static final String GPAI = "eu-ai-act-gpai-model-providers";
    private static final String CHATBOT = "eu-ai-act-art50-interaction-disclosure";
    private static final String MARKING = "eu-ai-act-art50-synthetic-content-marking";
    private static final String HIGH_RISK_DEPLOYERS = "eu-ai-act-annex-iii-high-risk-deployers";
    private static final String HIGH_RISK_PROVIDERS = "eu-ai-act-annex-iii-high-risk-providers";
    private static final String NUDIFIERS = "eu-ai-act-omnibus-intimate-imagery-prohibition";
    private static final String KR_LABELLING = "kr-ai-basic-act-generative-ai-labelling";
    private static final String IT_MINORS = "it-law-132-2025-minors-parental-consent";
    private static final String CO_HIGH_RISK = "us-co-ai-act-high-risk-ai";

    /** A self-hosted Llama app: no ban or transfer rule of the pack reaches it, only what it does. */
    private static Fixtures.ProfileBuilder app(String jurisdiction, String asOf) {
        return profile().app("acme-app").vendor("Meta").model("meta-llama/Llama-3.1-8B-Instruct")
                .hosting(HostingMode.SELF_HOSTED).dataCountries("DE").asOf(asOf)
                .target(target(jurisdiction, Set.of(Segment.CONSUMER, Segment.ENTERPRISE), null, List.of()));
    }

    private static List<String> findingIds(Evaluation evaluation) {
        return result(evaluation, 0).findings().stream().map(Finding::ruleId).toList();
    }

    private static List<String> upcomingIds(Evaluation evaluation) {
        return result(evaluation, 0).upcoming().stream().map(UpcomingRule::ruleId).toList();
    }

    @Test
    void hiringScreeningDeployerInTheEuHasHighRiskDutiesUpcomingBeforeAugust2026AndInForceAfter() {
        Fixtures.ProfileBuilder june = app("EU", "2026-06-01").useCases(UseCase.EMPLOYMENT).role(TeamRole.DEPLOYER);
        Evaluation before = evaluateWithRealPack(june);

        assertThat(findingIds(before)).containsExactly(LITERACY);
        UpcomingRule upcoming = result(before, 0).upcoming().stream().filter(u -> u.ruleId().equals(HIGH_RISK_DEPLOYERS))
                .findFirst().orElseThrow();
        assertThat(upcoming.effectiveFrom()).hasToString("2026-08-02");
        assertThat(upcoming.severity()).isEqualTo(Severity.WARNING);
        assertThat(upcoming.legalBasis()).contains("Arts. 26 and 27");
        assertThat(upcoming.sourceUrl()).startsWith("https://");
        assertThat(upcoming.confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(upcoming.reviewedOn()).hasToString("2026-12-01");
        assertThat(upcomingIds(before)).doesNotContain(HIGH_RISK_PROVIDERS);

        Evaluation after = evaluateWithRealPack(app("EU", "2026-12-01").useCases(UseCase.EMPLOYMENT)
                .role(TeamRole.DEPLOYER));
        assertThat(findingIds(after)).containsExactlyInAnyOrder(LITERACY, HIGH_RISK_DEPLOYERS);
        assertThat(result(after, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result(after, 0).notChecked()).isEmpty();
    }

    @Test
    void theSameHiringAppWithoutUseCasesOrRoleIsJudgedAsBeforeAndListsWhatCouldNotBeChecked() {
        Evaluation evaluation = evaluateWithRealPack(app("EU", "2026-12-01"));

        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result(evaluation, 0).findings()).isEmpty();
        assertThat(result(evaluation, 0).notChecked()).extracting(UncheckedRule::ruleId)
                .contains(PROHIBITED, LITERACY, HIGH_RISK_DEPLOYERS, HIGH_RISK_PROVIDERS, CHATBOT, IT_MINORS, NUDIFIERS);
        UncheckedRule deployers = result(evaluation, 0).notChecked().stream()
                .filter(u -> u.ruleId().equals(HIGH_RISK_DEPLOYERS)).findFirst().orElseThrow();
        assertThat(deployers.needs()).containsExactly("useCases", "role");
        assertThat(deployers.useCases()).contains(UseCase.EMPLOYMENT, UseCase.CREDIT_SCORING);
    }

    @Test
    void socialScoringIsProhibitedInTheEuFromFebruary2025() {
        Fixtures.ProfileBuilder scorer = app("FR", "2025-02-01").useCases(UseCase.SOCIAL_SCORING).role(TeamRole.PROVIDER);
        Evaluation before = evaluateWithRealPack(scorer);
        Evaluation after = evaluateWithRealPack(app("FR", "2025-02-02").useCases(UseCase.SOCIAL_SCORING)
                .role(TeamRole.PROVIDER));

        assertThat(result(before, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result(before, 0).upcoming()).filteredOn(u -> u.ruleId().equals(PROHIBITED))
                .extracting(UpcomingRule::severity).containsExactly(Severity.BLOCKING);
        assertThat(findingOf(after, 0, PROHIBITED).severity()).isEqualTo(Severity.BLOCKING);
        assertThat(result(after, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void aChatbotProviderInTheEuMustDiscloseTheAiFromAugust2026() {
        Evaluation before = evaluateWithRealPack(app("DE", "2026-08-01")
                .useCases(UseCase.CONVERSATIONAL_ASSISTANT, UseCase.CONTENT_GENERATION).role(TeamRole.PROVIDER));
        Evaluation after = evaluateWithRealPack(app("DE", "2026-08-02")
                .useCases(UseCase.CONVERSATIONAL_ASSISTANT, UseCase.CONTENT_GENERATION).role(TeamRole.PROVIDER));

        assertThat(upcomingIds(before)).contains(CHATBOT, MARKING);
        assertThat(findingIds(before)).containsExactly(LITERACY);
        assertThat(findingIds(after)).contains(CHATBOT, MARKING, LITERACY).doesNotContain(PROHIBITED, GPAI);
        assertThat(findingOf(after, 0, CHATBOT).remediation()).contains("first interaction");
        assertThat(result(after, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void generalPurposeModelProvidersHaveDutiesFromAugust2025() {
        Evaluation before = evaluateWithRealPack(app("EU", "2025-08-01").useCases(UseCase.GENERAL_PURPOSE_AI_MODEL)
                .role(TeamRole.PROVIDER));
        Evaluation after = evaluateWithRealPack(app("EU", "2025-08-02").useCases(UseCase.GENERAL_PURPOSE_AI_MODEL)
                .role(TeamRole.PROVIDER));

        assertThat(upcomingIds(before)).contains(GPAI);
        assertThat(findingIds(after)).contains(GPAI);
    }

    @Test
    void aNudifierIsWarnedAboutAsAProposedProhibitionNeverBlocked() {
        Evaluation evaluation = evaluateWithRealPack(app("EU", "2026-12-01").useCases(UseCase.INTIMATE_IMAGERY)
                .role(TeamRole.PROVIDER));

        assertThat(findingOf(evaluation, 0, NUDIFIERS).severity()).isEqualTo(Severity.WARNING);
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void aProviderThatStatesNoUseCaseIsWarnedAboutTheProhibitionsNotBlocked() {
        Evaluation evaluation = evaluateWithRealPack(app("EU", "2026-12-01").role(TeamRole.PROVIDER));

        Finding prohibited = findingOf(evaluation, 0, PROHIBITED);
        assertThat(prohibited.severity()).isEqualTo(Severity.WARNING);
        assertThat(prohibited.why()).anyMatch(reason -> reason.contains("state useCases"));
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result(evaluation, 0).notChecked()).isEmpty();
    }

    @Test
    void aGenerativeConsumerAppInKoreaMustLabelOutputsFrom22January2026() {
        Evaluation before = evaluateWithRealPack(app("KR", "2026-01-21").useCases(UseCase.CONTENT_GENERATION)
                .role(TeamRole.PROVIDER));
        Evaluation after = evaluateWithRealPack(app("KR", "2026-01-22").useCases(UseCase.CONTENT_GENERATION)
                .role(TeamRole.PROVIDER));

        assertThat(result(before, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(upcomingIds(before)).contains(KR_LABELLING);
        assertThat(findingIds(after)).containsExactly(KR_LABELLING);
        assertThat(result(after, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void anAppForChildrenInItalyNeedsParentalConsentFromOctober2025AndTheEuTargetReachesIt() {
        Evaluation before = evaluateWithRealPack(app("IT", "2025-10-09").useCases(UseCase.MINORS_AS_USERS)
                .role(TeamRole.DEPLOYER));
        Evaluation after = evaluateWithRealPack(app("IT", "2025-10-10").useCases(UseCase.MINORS_AS_USERS)
                .role(TeamRole.DEPLOYER));
        Evaluation eu = evaluateWithRealPack(app("EU", "2025-10-10").useCases(UseCase.MINORS_AS_USERS)
                .role(TeamRole.DEPLOYER));

        assertThat(upcomingIds(before)).contains(IT_MINORS);
        assertThat(findingIds(after)).contains(IT_MINORS);
        assertThat(findingIds(eu)).contains(IT_MINORS);
    }

    @Test
    void coloradoHighRiskDutiesStartOn30June2026AndReachAUsWideTarget() {
        Evaluation before = evaluateWithRealPack(app("US-CO", "2026-06-29").useCases(UseCase.CREDIT_SCORING)
                .role(TeamRole.DEPLOYER));
        Evaluation after = evaluateWithRealPack(app("US", "2026-06-30").useCases(UseCase.CREDIT_SCORING)
                .role(TeamRole.DEPLOYER));
        Evaluation otherUse = evaluateWithRealPack(app("US-CO", "2026-12-01").useCases(UseCase.CONVERSATIONAL_ASSISTANT)
                .role(TeamRole.DEPLOYER));

        assertThat(upcomingIds(before)).containsExactly(CO_HIGH_RISK);
        assertThat(findingIds(after)).contains(CO_HIGH_RISK);
        assertThat(findingOf(after, 0, CO_HIGH_RISK).confidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(result(otherUse, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void aDistributorOfAnInternalToolStatingNoUseCaseOfTheVocabularyIsCompliantInTheEu() {
        Evaluation evaluation = evaluateWithRealPack(app("EU", "2026-12-01").useCases().role(TeamRole.DISTRIBUTOR));

        assertThat(result(evaluation, 0).findings()).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }
}
