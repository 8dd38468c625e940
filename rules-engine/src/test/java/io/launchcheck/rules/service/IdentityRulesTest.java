package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.rule;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Coverage;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Identity;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Verdict;
import io.launchcheck.rules.domain.FindingFact;

/**
 * The three identities of a judgement (identity.drl, subject.drl's coverage, audience.drl's scope): the model's
 * developer, who runs inference, and names that resolve to nothing.
 */
class IdentityRulesTest extends RulesTestSupport {

    private static final Rule SERVICE_BAN = rule("kr-service-ban", "KR", RuleKind.NATIONWIDE_BAN).vendors("deepseek")
            .covers(Coverage.DEVELOPER_SERVICE).from("2025-01-01").build();
    private static final Rule ANY_DEPLOYMENT_BAN = rule("kr-any-ban", "KR", RuleKind.GOVERNMENT_DEVICE_BAN)
            .vendors("deepseek").covers(Coverage.ANY_DEPLOYMENT).from("2025-01-01").build();
    private static final Rule APP_SUSPENSION = rule("kr-app-suspension", "KR", RuleKind.DOWNLOAD_SUSPENSION)
            .vendors("deepseek").apps("DeepSeek").covers(Coverage.NAMED_APPS).from("2025-01-01").build();
    private static final Rule ORIGIN_BAN = rule("kr-origin-ban", "KR", RuleKind.GOVERNMENT_DEVICE_BAN).origins("CN")
            .from("2025-01-01").build();
    private static final Rule ENERGY_RULE = rule("kr-energy", "KR", RuleKind.SECTOR_BAN).vendors("deepseek")
            .sectors(Sector.ENERGY).from("2025-01-01").build();
    private static final List<Rule> RULES = List.of(SERVICE_BAN, ANY_DEPLOYMENT_BAN, APP_SUSPENSION);

    @Test
    void aDeveloperModelServedByACloudProviderIsCoveredByAnyDeploymentRulesOnly() {
        Evaluation evaluation = evaluate(profile().vendor("Amazon Bedrock").model("us.deepseek.r1-v1:0").target("KR"), RULES);

        assertThat(ids(evaluation)).containsExactly("kr-any-ban");
        assertThat(evaluation.identity().developer().id()).isEqualTo("deepseek");
        assertThat(evaluation.identity().model().id()).isEqualTo("deepseek-r1");
        assertThat(evaluation.identity().operator().kind()).isEqualTo(Identity.OperatorKind.THIRD_PARTY);
        assertThat(evaluation.identity().operator().id()).isEqualTo("amazon");
        assertThat(findingOf(evaluation, 0, "kr-any-ban").why()).contains(
                "Model 'us.deepseek.r1-v1:0' is DeepSeek-R1, developed by DeepSeek, which the rule covers");
    }

    @Test
    void aThirdPartyNamedAsOperatorIsNotTheDevelopersService() {
        Evaluation evaluation = evaluate(profile().vendor(null).model("deepseek/deepseek-r1")
                .hosting(HostingMode.THIRD_PARTY).operator("OpenRouter").target("KR"), RULES);

        assertThat(ids(evaluation)).containsExactly("kr-any-ban");
        assertThat(evaluation.identity().operator().name()).isEqualTo("OpenRouter");
    }

    @Test
    void theDevelopersOwnApiIsCoveredByServiceRules() {
        Evaluation evaluation = evaluate(profile().vendor("deepseek-ai").model("deepseek-reasoner").target("KR"), RULES);

        assertThat(ids(evaluation)).containsExactlyInAnyOrder("kr-service-ban", "kr-any-ban");
        assertThat(evaluation.identity().operator().kind()).isEqualTo(Identity.OperatorKind.DEVELOPER);
        assertThat(findingOf(evaluation, 0, "kr-service-ban").why()).anyMatch(why -> why.startsWith(
                "The rule covers the developer's own service, and user data reaches DeepSeek"));
    }

    @Test
    void selfHostedWeightsAreCoveredOnlyByAnyDeploymentRules() {
        Evaluation evaluation = evaluate(profile().vendor(null).model("deepseek-r1:7b").hosting(HostingMode.SELF_HOSTED)
                .target("KR"), RULES);

        assertThat(ids(evaluation)).containsExactly("kr-any-ban");
        assertThat(evaluation.identity().model().id()).isEqualTo("deepseek-r1-distill");
        assertThat(evaluation.identity().operator().kind()).isEqualTo(Identity.OperatorKind.TEAM);
    }

    @Test
    void anUnknownOperatorMayBeTheDeveloperSoServiceRulesStillApplyAndTheLaunchNeedsReview() {
        Evaluation evaluation = evaluate(profile().vendor("Inference Hub Ltd").model("deepseek-ai/DeepSeek-V3")
                .target("KR"), RULES);

        assertThat(ids(evaluation)).containsExactlyInAnyOrder("kr-service-ban", "kr-any-ban", FindingFact.UNIDENTIFIED);
        assertThat(findingOf(evaluation, 0, "kr-service-ban").why()).anyMatch(why -> why.startsWith(
                "Who runs inference is not known"));
        assertThat(evaluation.identity().unresolved()).extracting(Identity.Unresolved::field).containsExactly("app.vendor");
    }

    @Test
    void aNameCloseToACoveredVendorNeedsReviewAndNamesTheNearestKnownName() {
        Evaluation evaluation = evaluate(profile().vendor("DeepSeak").target("KR"), RULES);

        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(findingOf(evaluation, 0, FindingFact.UNIDENTIFIED).why())
                .contains("app.vendor 'DeepSeak' is not a vendor or model the registry knows; it resembles DeepSeek");
    }

    @Test
    void neitherVendorNorModelKnownNeedsReviewButOriginRulesStillApply() {
        Evaluation evaluation = evaluate(profile().vendor("Acme Labs").model("acme-llm-2").origin("CN").target("KR")
                .target("FR"), List.of(SERVICE_BAN, ORIGIN_BAN));

        assertThat(ids(evaluation)).containsExactlyInAnyOrder("kr-origin-ban", FindingFact.UNIDENTIFIED);
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(result(evaluation, 1).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
        assertThat(evaluation.identity().unresolved()).extracting(Identity.Unresolved::field)
                .containsExactly("app.vendor", "app.model");
    }

    @Test
    void aKnownIdentityGivesNoIdentityFinding() {
        Evaluation evaluation = evaluate(profile().vendor("Meta").model("meta-llama/Llama-3.1-8B-Instruct").target("KR"),
                RULES);

        assertThat(result(evaluation, 0).findings()).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void aNamedAppRuleCoversOnlyTheAppsItNames() {
        Evaluation named = evaluate(profile().app("DeepSeek").target("KR"), List.of(APP_SUSPENSION));
        Evaluation other = evaluate(profile().app("acme-assistant").target("KR"), List.of(APP_SUSPENSION));

        assertThat(ids(named)).containsExactly("kr-app-suspension");
        assertThat(ids(other)).isEmpty();
    }

    @Test
    void aSectorRuleForNoSegmentDoesNotReachAConsumerOnlyTarget() {
        Evaluation consumers = evaluate(profile().target(target("KR", Set.of(Segment.CONSUMER), null, null)),
                List.of(ENERGY_RULE));
        Evaluation enterprises = evaluate(profile().target(target("KR", Set.of(Segment.ENTERPRISE), null, null)),
                List.of(ENERGY_RULE));
        Evaluation unnamed = evaluate(profile().target("KR"), List.of(ENERGY_RULE));

        assertThat(ids(consumers)).isEmpty();
        assertThat(ids(enterprises)).containsExactly("kr-energy");
        assertThat(ids(unnamed)).containsExactly("kr-energy");
    }

    private static List<String> ids(Evaluation evaluation) {
        return evaluation.results().stream().flatMap(r -> r.findings().stream()).map(f -> f.ruleId()).distinct().toList();
    }
}
