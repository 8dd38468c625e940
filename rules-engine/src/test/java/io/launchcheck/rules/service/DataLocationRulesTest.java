package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.rule;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Severity;
import io.launchcheck.api.Verdict;

/** DATA_LOCALIZATION and CROSS_BORDER_TRANSFER against hosting.dataCountries. */
class DataLocationRulesTest extends RulesTestSupport {

    private static final String KZ_LOCALIZATION = "kz-personal-data-localization";
    private static final String GDPR_TRANSFERS = "eu-gdpr-chapter-v-transfers";

    @Test
    void localizationIsMetWhenDataIsStoredInARequiredCountry() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("CN", "KZ").target("KZ"));

        assertThat(finding(evaluation, 0, KZ_LOCALIZATION)).isEmpty();
    }

    @Test
    void localizationAppliesWhenNoDataIsStoredInARequiredCountry() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("CN").target("KZ"));

        assertThat(findingOf(evaluation, 0, KZ_LOCALIZATION).why()).contains("User data is stored in CN, not in KZ");
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void localizationAppliesWhenTheProfileNamesNoDataCountry() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries().target("KZ"));

        assertThat(findingOf(evaluation, 0, KZ_LOCALIZATION).why())
                .contains("The profile names no data country, so storage in KZ cannot be shown");
    }

    @Test
    void localizationNamingNoStorageCountryRequiresTheRulesOwnCountry() {
        var localization = rule("jp-localization", "JP", RuleKind.DATA_LOCALIZATION).build();

        assertThat(evaluate(profile().dataCountries("JP").target("JP"), localization).results().get(0).findings()).isEmpty();
        assertThat(only(evaluate(profile().dataCountries("CN").target("JP"), localization), 0).why())
                .contains("User data is stored in CN, not in JP");
    }

    @Test
    void transferToADestinationTheRuleDoesNotAllowApplies() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Acme Models").dataCountries("CN").target("IT"));

        assertThat(findingOf(evaluation, 0, GDPR_TRANSFERS).why())
                .contains("Target IT is a member of EU", "User data goes to CN, which EU does not allow as a destination");
        assertThat(findingOf(evaluation, 0, GDPR_TRANSFERS).severity()).isEqualTo(Severity.WARNING);
    }

    @Test
    void transferWithinTheBlocIsAllowed() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Acme Models").dataCountries("DE", "IT").target("IT"));

        assertThat(finding(evaluation, 0, GDPR_TRANSFERS)).isEmpty();
    }

    @Test
    void transferToAnAllowedDestinationIsAllowed() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Acme Models").dataCountries("JP", "CH").target("IT"));

        assertThat(finding(evaluation, 0, GDPR_TRANSFERS)).isEmpty();
    }

    @Test
    void transferRuleAppliesWhenTheProfileNamesNoDataCountry() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Acme Models").dataCountries().target("IT"));

        assertThat(findingOf(evaluation, 0, GDPR_TRANSFERS).why())
                .contains("The profile names no data country, so a transfer out of EU cannot be ruled out");
    }

    @Test
    void allowedBlocDestinationAllowsEveryMember() {
        var transfers = rule("kr-transfers", "KR", RuleKind.CROSS_BORDER_TRANSFER).allowed("EU").build();

        assertThat(evaluate(profile().dataCountries("KR", "IT").target("KR"), transfers).results().get(0).findings()).isEmpty();
        assertThat(only(evaluate(profile().dataCountries("IT", "US").target("KR"), transfers), 0).why())
                .contains("User data goes to US, which KR does not allow as a destination");
    }
}
