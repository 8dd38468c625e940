package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.UseCase;
import io.launchcheck.api.Verdict;
import io.launchcheck.rules.testing.Fixtures;

/** use-cases.drl and the use-case rules of timing.drl, with real Drools sessions over fixture rules. */
class UseCaseRulesTest extends RulesTestSupport {

    private static final Rule SOCIAL_SCORING_BAN = rule("eu-social-scoring", "EU", RuleKind.PROHIBITED_PRACTICE)
            .useCases(UseCase.SOCIAL_SCORING).from("2025-02-02").build();
    private static final Rule HIGH_RISK_DEPLOYER = rule("eu-high-risk-deployer", "EU", RuleKind.OBLIGATION)
            .useCases(UseCase.EMPLOYMENT, UseCase.CREDIT_SCORING).roles(TeamRole.DEPLOYER).warning()
            .from("2026-08-02").build();
    private static final Rule LITERACY = rule("eu-literacy", "EU", RuleKind.OBLIGATION)
            .roles(TeamRole.PROVIDER, TeamRole.DEPLOYER).warning().from("2025-02-02").build();
    private static final Rule PLAIN_BAN = Fixtures.deepseekBan("it-ban", "IT").build();

    private static Fixtures.ProfileBuilder euApp(String asOf) {
        return profile().app("hiring-screen").vendor("Meta").dataCountries("DE").asOf(asOf).target("DE");
    }

    @Test
    void prohibitedPracticeBlocksAProfileThatStatesThatUseCase() {
        Evaluation evaluation = evaluate(euApp("2025-03-01").useCases(UseCase.SOCIAL_SCORING), SOCIAL_SCORING_BAN);

        assertThat(only(evaluation, 0).severity()).isEqualTo(Severity.BLOCKING);
        assertThat(only(evaluation, 0).why()).contains("Use case SOCIAL_SCORING is covered");
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void prohibitedPracticeIsUpcomingBeforeItsDate() {
        Evaluation evaluation = evaluate(euApp("2025-01-15").useCases(UseCase.SOCIAL_SCORING), SOCIAL_SCORING_BAN);

        assertThat(result(evaluation, 0).findings()).isEmpty();
        assertThat(result(evaluation, 0).upcoming()).extracting(UpcomingRule::ruleId, UpcomingRule::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("eu-social-scoring", Severity.BLOCKING));
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void ruleForOtherUseCasesDoesNotApply() {
        Evaluation evaluation = evaluate(euApp("2027-01-01").useCases(UseCase.CONVERSATIONAL_ASSISTANT)
                .role(TeamRole.DEPLOYER), SOCIAL_SCORING_BAN, HIGH_RISK_DEPLOYER);

        assertThat(result(evaluation, 0).findings()).isEmpty();
        assertThat(result(evaluation, 0).notChecked()).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void anEmptyListOfUseCasesStatesThatNoneFits() {
        Evaluation evaluation = evaluate(euApp("2027-01-01").useCases().role(TeamRole.DEPLOYER), SOCIAL_SCORING_BAN,
                HIGH_RISK_DEPLOYER);

        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void obligationIsAWarningForTheRoleItBindsAndNotForAnother() {
        Evaluation deployer = evaluate(euApp("2026-12-01").useCases(UseCase.EMPLOYMENT).role(TeamRole.DEPLOYER),
                HIGH_RISK_DEPLOYER);
        Evaluation provider = evaluate(euApp("2026-12-01").useCases(UseCase.EMPLOYMENT).role(TeamRole.PROVIDER),
                HIGH_RISK_DEPLOYER);

        assertThat(only(deployer, 0).severity()).isEqualTo(Severity.WARNING);
        assertThat(only(deployer, 0).why()).contains("Role DEPLOYER is covered");
        assertThat(result(deployer, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result(provider, 0).findings()).isEmpty();
        assertThat(result(provider, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void obligationIsAnUpcomingWarningBeforeItsDate() {
        Evaluation evaluation = evaluate(euApp("2026-06-01").useCases(UseCase.EMPLOYMENT).role(TeamRole.DEPLOYER),
                HIGH_RISK_DEPLOYER);

        assertThat(result(evaluation, 0).findings()).isEmpty();
        UpcomingRule upcoming = result(evaluation, 0).upcoming().get(0);
        assertThat(upcoming.ruleId()).isEqualTo("eu-high-risk-deployer");
        assertThat(upcoming.severity()).isEqualTo(Severity.WARNING);
        assertThat(upcoming.effectiveFrom()).hasToString("2026-08-02");
        assertThat(upcoming.confidence()).isNotNull();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void roleNotStatedIsAssumedToBeOneTheRuleBinds() {
        Evaluation evaluation = evaluate(euApp("2026-12-01").useCases(UseCase.CREDIT_SCORING), HIGH_RISK_DEPLOYER);

        assertThat(only(evaluation, 0).why()).anyMatch(reason -> reason.startsWith("The profile states no role"));
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void useCaseNotStatedWithARoleMakesAProhibitedPracticeAWarningThatSaysWhatIsMissing() {
        Evaluation evaluation = evaluate(euApp("2025-03-01").role(TeamRole.PROVIDER), SOCIAL_SCORING_BAN);

        assertThat(only(evaluation, 0).severity()).isEqualTo(Severity.WARNING);
        assertThat(only(evaluation, 0).why()).anyMatch(reason -> reason.contains("state useCases"));
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void useCaseNotStatedWithARoleMakesAnUpcomingProhibitionAnUpcomingWarning() {
        Evaluation evaluation = evaluate(euApp("2025-01-15").role(TeamRole.PROVIDER), SOCIAL_SCORING_BAN);

        assertThat(result(evaluation, 0).upcoming()).extracting(UpcomingRule::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void profileStatingNeitherIsJudgedAsBeforeAndListsWhatCouldNotBeChecked() {
        Evaluation evaluation = evaluate(euApp("2026-12-01"), SOCIAL_SCORING_BAN, HIGH_RISK_DEPLOYER, LITERACY);

        assertThat(result(evaluation, 0).findings()).isEmpty();
        assertThat(result(evaluation, 0).upcoming()).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(result(evaluation, 0).notChecked()).extracting(UncheckedRule::ruleId)
                .containsExactly("eu-high-risk-deployer", "eu-literacy", "eu-social-scoring");
        UncheckedRule deployer = result(evaluation, 0).notChecked().get(0);
        assertThat(deployer.needs()).containsExactly("useCases", "role");
        assertThat(deployer.useCases()).containsExactlyInAnyOrder(UseCase.EMPLOYMENT, UseCase.CREDIT_SCORING);
    }

    @Test
    void rulesWithoutUseCasesOrRolesAreJudgedAsBeforeWhateverTheProfileStates() {
        Fixtures.ProfileBuilder deepseekInItaly = profile().target("IT");

        Evaluation unstated = evaluate(deepseekInItaly, PLAIN_BAN);
        Evaluation stated = evaluate(profile().target("IT").useCases(UseCase.CONVERSATIONAL_ASSISTANT)
                .role(TeamRole.DEPLOYER), PLAIN_BAN);

        assertThat(only(unstated, 0).severity()).isEqualTo(Severity.BLOCKING);
        assertThat(only(stated, 0).severity()).isEqualTo(Severity.BLOCKING);
        assertThat(result(unstated, 0).notChecked()).isEmpty();
    }

    @Test
    void ruleForEveryUseButSomeRolesWarnsEveryProfileOfThatRole() {
        Evaluation deployer = evaluate(euApp("2025-03-01").useCases().role(TeamRole.DEPLOYER), LITERACY);
        Evaluation distributor = evaluate(euApp("2025-03-01").useCases().role(TeamRole.DISTRIBUTOR), LITERACY);

        assertThat(result(deployer, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(result(distributor, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void endedUseCaseRuleIsNeitherJudgedNorListedAsUnchecked() {
        Rule ended = rule("eu-ended", "EU", RuleKind.OBLIGATION).useCases(UseCase.EMPLOYMENT).warning()
                .from("2025-01-01").to("2025-06-01").build();

        Evaluation unstated = evaluate(euApp("2026-12-01"), ended);
        Evaluation stated = evaluate(euApp("2026-12-01").useCases(UseCase.EMPLOYMENT), ended);

        assertThat(result(unstated, 0).notChecked()).isEmpty();
        assertThat(result(stated, 0).findings()).isEmpty();
    }
}
