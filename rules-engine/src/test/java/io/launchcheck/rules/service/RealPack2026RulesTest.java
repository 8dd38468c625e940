package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;
import io.launchcheck.rules.testing.Fixtures;

/** Rules added to the real pack by release 2026.12.1, judged on the days around their start and end. */
class RealPack2026RulesTest extends RulesTestSupport {

    private static final String ID_GROK = "id-komdigi-grok-block-2026";
    private static final String MY_GROK = "my-mcmc-grok-block-2026";
    private static final String PH_GROK = "ph-grok-ban-2026";

    private static Fixtures.ProfileBuilder grokIn(String jurisdiction, String asOf) {
        return profile().app("helpdesk-bot").vendor("xAI").dataCountries("US").asOf(asOf)
                .target(target(jurisdiction, Set.of(Segment.CONSUMER), null, List.of()));
    }

    @Test
    void grokIsBlockedInIndonesiaDuringJanuary2026() {
        Evaluation evaluation = evaluateWithRealPack(grokIn("ID", "2026-01-20"));

        assertThat(findingOf(evaluation, 0, ID_GROK).severity()).isEqualTo(Severity.BLOCKING);
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void grokIsNotBlockedInIndonesiaBeforeTheBlockStartedButTheBlockIsUpcoming() {
        Evaluation evaluation = evaluateWithRealPack(grokIn("ID", "2026-01-09"));

        assertThat(finding(evaluation, 0, ID_GROK)).isEmpty();
        assertThat(result(evaluation, 0).upcoming()).extracting(UpcomingRule::ruleId).contains(ID_GROK);
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void grokIsNotBlockedInIndonesiaFromTheDayTheBlockWasLifted() {
        Evaluation evaluation = evaluateWithRealPack(grokIn("ID", "2026-02-01"));

        assertThat(finding(evaluation, 0, ID_GROK)).isEmpty();
        assertThat(result(evaluation, 0).upcoming()).isEmpty();
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.COMPLIANT);
    }

    @Test
    void grokBlocksInMalaysiaAndThePhilippinesEndedOnTheirOwnDays() {
        assertThat(finding(evaluateWithRealPack(grokIn("MY", "2026-01-22")), 0, MY_GROK)).isPresent();
        assertThat(finding(evaluateWithRealPack(grokIn("MY", "2026-01-23")), 0, MY_GROK)).isEmpty();
        assertThat(finding(evaluateWithRealPack(grokIn("PH", "2026-01-15")), 0, PH_GROK)).isPresent();
        assertThat(finding(evaluateWithRealPack(grokIn("PH", "2026-01-22")), 0, PH_GROK)).isEmpty();
    }

    @Test
    void grokBlocksMatchTheNamesRegulatorsWroteToButNotSelfHostedModels() {
        for (String vendor : List.of("X Corp", "xAI LLC", "X.AI Corp")) {
            Evaluation evaluation = evaluateWithRealPack(grokIn("MY", "2026-01-15").vendor(vendor));
            assertThat(finding(evaluation, 0, MY_GROK)).as("vendor %s", vendor).isPresent();
        }
        Evaluation byAppName = evaluateWithRealPack(grokIn("MY", "2026-01-15").vendor("Acme AI").app("Grok"));
        assertThat(finding(byAppName, 0, MY_GROK)).as("the app named Grok").isPresent();
        Evaluation selfHosted = evaluateWithRealPack(grokIn("MY", "2026-01-15").hosting(HostingMode.SELF_HOSTED));
        assertThat(finding(selfHosted, 0, MY_GROK)).isEmpty();
        Evaluation otherVendor = evaluateWithRealPack(grokIn("MY", "2026-01-15").vendor("OpenAI"));
        assertThat(finding(otherVendor, 0, MY_GROK)).isEmpty();
    }

    @Test
    void clothoffMayNotServeUsersInItaly() {
        Evaluation evaluation = evaluateWithRealPack(profile().vendor("Clothoff").dataCountries("VG").asOf("2026-12-01")
                .target(target("IT", Set.of(Segment.CONSUMER), null, List.of())));

        assertThat(findingOf(evaluation, 0, "it-garante-clothoff-2025").severity()).isEqualTo(Severity.BLOCKING);
        assertThat(result(evaluation, 0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void deepSeekIsBannedOnIntelligenceCommunitySystemsAndInDefenceContractWork() {
        Evaluation government = evaluateWithRealPack(profile().dataCountries("US").asOf("2026-01-05")
                .target(target("US", Set.of(Segment.GOVERNMENT), null, List.of())));
        assertThat(findingOf(government, 0, "us-ndaa-fy2026-s6604-deepseek-ic-systems").severity())
                .isEqualTo(Severity.BLOCKING);

        Evaluation contractor = evaluateWithRealPack(profile().hosting(HostingMode.SELF_HOSTED).dataCountries("US")
                .asOf("2026-01-05").target(target("US", Set.of(Segment.ENTERPRISE), Set.of(Sector.DEFENCE),
                        List.of("Acme Defense Systems"))));
        assertThat(findingOf(contractor, 0, "us-ndaa-fy2026-dod-contractors-covered-ai").severity())
                .as("self-hosted DeepSeek weights are covered AI too, for a contractor that names itself")
                .isEqualTo(Severity.BLOCKING);

        Evaluation beforeTheAct = evaluateWithRealPack(profile().dataCountries("US").asOf("2025-12-17")
                .target(target("US", Set.of(Segment.ENTERPRISE), Set.of(Sector.DEFENCE), List.of())));
        assertThat(finding(beforeTheAct, 0, "us-ndaa-fy2026-dod-contractors-covered-ai")).isEmpty();
    }

    @Test
    void czechCriticalInfrastructureGetsTheCyberAgencyWarningForDeepSeeksServiceOnly() {
        Evaluation service = evaluateWithRealPack(profile().dataCountries("CZ").asOf("2026-12-01")
                .target(target("CZ", Set.of(Segment.ENTERPRISE), Set.of(Sector.CRITICAL_INFRASTRUCTURE), List.of())));
        assertThat(findingOf(service, 0, "cz-nukib-deepseek-warning-2025").severity()).isEqualTo(Severity.WARNING);

        Evaluation local = evaluateWithRealPack(profile().hosting(HostingMode.SELF_HOSTED).dataCountries("CZ")
                .asOf("2026-12-01")
                .target(target("CZ", Set.of(Segment.ENTERPRISE), Set.of(Sector.CRITICAL_INFRASTRUCTURE), List.of())));
        assertThat(finding(local, 0, "cz-nukib-deepseek-warning-2025")).as("locally deployed open weights are exempt")
                .isEmpty();
    }
}
