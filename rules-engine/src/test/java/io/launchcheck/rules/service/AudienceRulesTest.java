package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;

/** Who the app serves in a target: segments, sectors and named organizations (conservative when unnamed). */
class AudienceRulesTest extends RulesTestSupport {

    private static final String MOFA = "kr-ministries-deepseek-work-pc-block-mofa";
    private static final String MOTIE = "kr-ministries-deepseek-work-pc-block-motie";
    private static final String KHNP = "kr-khnp-deepseek-internal-ban";

    @Test
    void targetSharingASegmentIsCovered() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("KR")
                .target(target("KR", Set.of(Segment.GOVERNMENT, Segment.CONSUMER), null, List.of())));

        assertThat(findingOf(evaluation, 0, MOFA).why()).contains("Segment GOVERNMENT is covered");
    }

    @Test
    void targetSharingNoSegmentIsNotCovered() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("KR")
                .target(target("KR", Set.of(Segment.CONSUMER), null, List.of())));

        assertThat(result(evaluation, 0).findings()).extracting(Finding::ruleId)
                .containsExactly("kr-pipc-deepseek-download-suspension");
    }

    @Test
    void targetNamingNoSegmentIsTakenToReachEverySegment() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("KR").target("KR"));

        assertThat(findingOf(evaluation, 0, MOFA).why())
                .contains("The target names no segment, so the rule for GOVERNMENT is assumed to apply");
    }

    @Test
    void targetSharingASectorIsCovered() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("KR").target(
                target("KR", Set.of(Segment.STATE_OWNED_ENTERPRISE), Set.of(Sector.ENERGY, Sector.FINANCE), List.of())));

        assertThat(findingOf(evaluation, 0, KHNP).why()).contains("Sector ENERGY is covered");
    }

    @Test
    void targetInAnotherSectorIsNotCovered() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("KR").target(
                target("KR", Set.of(Segment.STATE_OWNED_ENTERPRISE), Set.of(Sector.FINANCE), List.of())));

        assertThat(finding(evaluation, 0, KHNP)).isEmpty();
    }

    @Test
    void targetNamingNoSectorIsTakenToPossiblyServeAnySector() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("KR")
                .target(target("KR", Set.of(Segment.STATE_OWNED_ENTERPRISE), null, List.of())));

        assertThat(findingOf(evaluation, 0, KHNP).why())
                .contains("The target names no sector, so the rule for sector ENERGY is assumed to apply");
    }

    @Test
    void ruleForANamedOrganizationAppliesWhenTheTargetNamesNone() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("US")
                .target(target("US", Set.of(Segment.MILITARY), null, List.of())));

        assertThat(findingOf(evaluation, 0, "us-navy-deepseek-guidance").why())
                .contains("The target names no organization, so the rule for 'U.S. Navy' is assumed to apply");
    }

    @Test
    void ruleForANamedOrganizationAppliesToThatOrganizationOnly() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("KR")
                .target(target("KR", Set.of(Segment.GOVERNMENT), null, List.of("ministry of foreign affairs"))));

        assertThat(findingOf(evaluation, 0, MOFA).why()).contains(
                "Organization 'ministry of foreign affairs' is covered by the rule for 'Ministry of Foreign Affairs'");
        assertThat(finding(evaluation, 0, MOTIE)).isEmpty();
    }

    @Test
    void organizationMatchesWhenOneNameContainsTheOther() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("KR").target(
                target("KR", Set.of(Segment.STATE_OWNED_ENTERPRISE), Set.of(Sector.ENERGY), List.of("KHNP"))));

        assertThat(findingOf(evaluation, 0, KHNP).why())
                .contains("Organization 'KHNP' is covered by the rule for 'Korea Hydro & Nuclear Power (KHNP)'");
        assertThat(finding(evaluation, 0, "kr-kepco-kps-deepseek-internal-ban")).isEmpty();
    }

    @Test
    void organizationMatchesRegardlessOfPunctuationAndSpelledOutCountry() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("US").target(
                target("US", Set.of(Segment.MILITARY), null, List.of("US Navy", "United States Navy"))));

        assertThat(findingOf(evaluation, 0, "us-navy-deepseek-guidance").why())
                .contains("Organization 'US Navy' is covered by the rule for 'U.S. Navy'");
    }

    @Test
    void organizationMatchesOnWholeWordsOnly() {
        Evaluation evaluation = evaluateWithRealPack(profile().dataCountries("US").target(
                target("US", Set.of(Segment.GOVERNMENT), null, List.of("US"))));

        assertThat(finding(evaluation, 0, "us-house-cao-deepseek")).isPresent();
        Evaluation other = evaluateWithRealPack(profile().dataCountries("US").target(
                target("US", Set.of(Segment.GOVERNMENT), null, List.of("Sena"))));
        assertThat(finding(other, 0, "us-senate-cio-deepseek")).isEmpty();
    }
}
