package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Verdict;

/** How the app runs (hosting modes) and whether it processes personal data. */
class HostingRulesTest extends RulesTestSupport {

    private static final String GARANTE = "it-garante-deepseek-processing-block";
    private static final String KZ_LOCALIZATION = "kz-personal-data-localization";

    @Test
    void ruleForTheVendorsServiceCoversAnAppUsingTheVendorApi() {
        Evaluation evaluation = evaluateWithRealPack(profile().hosting(HostingMode.VENDOR_API).dataCountries("IT")
                .target("IT"));

        assertThat(findingOf(evaluation, 0, GARANTE).why()).contains("Hosting mode VENDOR_API is covered");
    }

    @Test
    void ruleForTheVendorsServiceDoesNotCoverSelfHostedOpenWeights() {
        Evaluation evaluation = evaluateWithRealPack(profile().hosting(HostingMode.SELF_HOSTED).dataCountries("IT")
                .target("IT"));

        assertThat(finding(evaluation, 0, GARANTE)).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void ruleNamingNoHostingModeCoversSelfHosting() {
        Evaluation evaluation = evaluateWithRealPack(profile().hosting(HostingMode.SELF_HOSTED).dataCountries("US")
                .target(target("US", Set.of(Segment.MILITARY), null, List.of())));

        assertThat(findingOf(evaluation, 0, "us-navy-deepseek-guidance").severity()).isNotNull();
    }

    @Test
    void personalDataRuleDoesNotCoverAnAppWithoutPersonalData() {
        Evaluation evaluation = evaluateWithRealPack(profile().personalData(false).dataCountries("CN").target("KZ"));

        assertThat(finding(evaluation, 0, KZ_LOCALIZATION)).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void personalDataRuleCoversAnAppWithPersonalData() {
        Evaluation evaluation = evaluateWithRealPack(profile().personalData(true).dataCountries("CN").target("KZ"));

        assertThat(findingOf(evaluation, 0, KZ_LOCALIZATION).why()).contains("The app processes personal data");
    }

    @Test
    void personalDataRuleCoversAnAppWhoseProfileDoesNotSay() {
        Evaluation evaluation = evaluateWithRealPack(profile().personalData(null).dataCountries("CN").target("KZ"));

        assertThat(findingOf(evaluation, 0, KZ_LOCALIZATION).why())
                .contains("The profile does not say whether the app processes personal data, so it is assumed to");
    }
}
