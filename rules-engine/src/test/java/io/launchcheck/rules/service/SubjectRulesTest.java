package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.rule;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Verdict;

/** Which apps a rule covers: by vendor identity, app name or origin country; all empty = every AI app. */
class SubjectRulesTest extends RulesTestSupport {

    private static final String GARANTE = "it-garante-deepseek-processing-block";

    @Test
    void vendorLegalEntityResolvesToTheVendorCaseInsensitively() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("  hangzhou deepseek ARTIFICIAL intelligence ")
                .dataCountries("IT").target("IT"));

        assertThat(findingOf(evaluation, 0, GARANTE).why())
                .contains("Vendor 'hangzhou deepseek ARTIFICIAL intelligence' is DeepSeek, which the rule covers");
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void vendorAliasResolvesToTheVendor() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("DEEPSEEK ai").dataCountries("IT").target("IT"));

        assertThat(findingOf(evaluation, 0, GARANTE).why()).contains("Vendor 'DEEPSEEK ai' is DeepSeek, which the rule covers");
    }

    @Test
    void unknownVendorMatchesNoVendorSpecificRuleButIsNeverCompliant() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Acme Models").app("acme-assistant")
                .dataCountries("IT").target("IT"));

        assertThat(result(evaluation, 0).findings()).extracting(f -> f.ruleId())
                .containsExactly("launchcheck-identity-not-resolved");
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void appNamedByTheRuleIsCoveredWhateverTheVendor() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Acme Models").app(" deepseek ")
                .dataCountries("IT").target("IT"));

        assertThat(findingOf(evaluation, 0, GARANTE).why()).contains(
                "App 'deepseek' is named by the rule (vendor 'Acme Models' is not one the registry knows)");
    }

    @Test
    void originCountryOfTheProfileIsCovered() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Acme Models").origin("cn").dataCountries("US")
                .target("US"));

        assertThat(findingOf(evaluation, 0, "us-s321-decoupling-ai-from-china-act").why())
                .contains("The app's origin country CN is covered by the rule (vendor 'Acme Models' is not one the registry knows)");
    }

    @Test
    void originCountryOfTheVendorCountsWhenTheProfileGivesNone() {
        Evaluation evaluation = evaluate(profile().vendor("DeepSeek").target("KR"),
                rule("kr-cn-origin", "KR", RuleKind.NATIONWIDE_BAN).origins("CN").build());

        assertThat(only(evaluation, 0).why())
                .contains("The profile gives no origin country; vendor DeepSeek is from CN, which the rule covers");
    }

    @Test
    void originCountryOfTheProfileOverridesTheVendors() {
        Evaluation evaluation = evaluate(profile().vendor("DeepSeek").origin("US").target("KR"),
                rule("kr-cn-origin", "KR", RuleKind.NATIONWIDE_BAN).origins("CN").build());

        assertThat(result(evaluation, 0).findings()).isEmpty();
    }

    @Test
    void ruleNamingNoSubjectCoversEveryApp() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("OpenAI").dataCountries("IN")
                .target(target("IN", Set.of(Segment.GOVERNMENT), null, List.of())));

        assertThat(findingOf(evaluation, 0, "in-mof-doe-ai-tools-office-devices").why())
                .contains("The rule covers every AI app");
    }
}
