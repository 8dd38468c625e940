package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.launchcheck.api.Advice;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Verdict;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;

/**
 * The advice search on the real rule pack with real Drools sessions. Every advice is checked by applying its changes
 * here, independently of the search, and judging the changed profile again.
 */
class AdviceSearchTest extends RulesTestSupport {

    private static RulesetSnapshot pack;
    private static ProfileEvaluator evaluator;
    private static AdviceSearch search;

    @BeforeAll
    static void compile() {
        pack = RulesetSnapshot.of(RealRulePack.ruleset(7, List.of()), Instant.now());
        evaluator = evaluator();
        search = new AdviceSearch(evaluator);
    }

    private static Evaluation advised(DeploymentProfile profile) {
        Evaluation base = evaluator.evaluate(pack, profile, profile.asOf(), false);
        return search.advise(pack, profile, profile.asOf(), base);
    }

    @Test
    void selfHostingClearsItalysBlockOfDeepSeeksService() {
        DeploymentProfile profile = profile().target(target("IT", Set.of(Segment.CONSUMER), null, List.of())).build();

        JurisdictionResult italy = advised(profile).results().get(0);

        assertThat(italy.verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(italy.advice()).isNotEmpty();
        Advice selfHost = italy.advice().stream()
                .filter(a -> a.changes().size() == 1 && a.changes().get(0).lever() == Advice.Lever.SELF_HOST)
                .findFirst().orElseThrow(() -> new AssertionError("no self-hosting advice in " + italy.advice()));
        assertThat(selfHost.clears()).contains("it-garante-deepseek-processing-block");
        assertThat(selfHost.verdict().ordinal()).isLessThan(Verdict.NON_COMPLIANT.ordinal());
    }

    @Test
    void storingDataInRussiaIsAdvisedForItsLocalizationLaw() {
        DeploymentProfile profile = profile().vendor("Mistral").dataCountries("FR").asOf("2025-09-01")
                .target(target("RU", Set.of(Segment.CONSUMER), null, List.of())).build();

        JurisdictionResult russia = advised(profile).results().get(0);

        assertThat(russia.findings()).extracting(Finding::ruleId).contains("ru-23-fz-localization-2025");
        assertThat(russia.advice()).anySatisfy(advice -> {
            assertThat(advice.changes()).singleElement().satisfies(change -> {
                assertThat(change.lever()).isEqualTo(Advice.Lever.STORE_DATA_IN);
                assertThat(change.value()).isEqualTo("RU");
            });
            assertThat(advice.clears()).contains("ru-23-fz-localization-2025");
        });
    }

    @Test
    void everyAdviceIsWhatJudgingTheChangedProfileAgainGives() {
        DeploymentProfile profile = profile().dataCountries("CN").asOf("2025-09-01")
                .target(target("IT", Set.of(Segment.CONSUMER), null, List.of()))
                .target(target("KR", EnumSet.of(Segment.CONSUMER, Segment.STATE_OWNED_ENTERPRISE), Set.of(Sector.ENERGY),
                        List.of()))
                .target(target("US-TX", Set.of(Segment.GOVERNMENT), null, List.of()))
                .target(target("RU", Set.of(Segment.CONSUMER), null, List.of()))
                .target(target("AU", EnumSet.of(Segment.CONSUMER, Segment.GOVERNMENT), null, List.of()))
                .target(target("CZ", Set.of(Segment.GOVERNMENT), null, List.of()))
                .build();

        Evaluation evaluation = advised(profile);

        int checked = 0;
        for (int i = 0; i < evaluation.results().size(); i++) {
            JurisdictionResult result = evaluation.results().get(i);
            if (result.verdict() == Verdict.COMPLIANT) {
                assertThat(result.advice()).as("advice for a compliant target").isNull();
                continue;
            }
            assertThat(result.advice()).as("advice for %s", result.jurisdiction()).isNotNull().hasSizeLessThanOrEqualTo(3);
            for (Advice advice : result.advice()) {
                assertThat(advice.changes()).hasSizeBetween(1, 2);
                DeploymentProfile changed = apply(profile, advice.changes());
                JurisdictionResult again = evaluator.evaluate(pack, changed, changed.asOf(), false).results().get(i);
                assertThat(again.verdict()).as("%s re-judged with %s", result.jurisdiction(), advice.changes())
                        .isEqualTo(advice.verdict());
                assertThat(advice.verdict().ordinal()).isLessThan(result.verdict().ordinal());
                Set<String> before = ids(result);
                Set<String> after = ids(again);
                assertThat(advice.clears()).containsExactlyInAnyOrderElementsOf(
                        before.stream().filter(id -> !after.contains(id)).toList());
                assertThat(advice.adds()).containsExactlyInAnyOrderElementsOf(
                        after.stream().filter(id -> !before.contains(id)).toList());
                checked++;
            }
        }
        assertThat(checked).as("advice checked").isGreaterThanOrEqualTo(4);
    }

    @Test
    void aPairIsOfferedOnlyWhenNoSingleChangeIsAsGood() {
        DeploymentProfile profile = profile().asOf("2025-09-01")
                .target(target("KR", EnumSet.of(Segment.CONSUMER, Segment.STATE_OWNED_ENTERPRISE), Set.of(Sector.ENERGY),
                        List.of()))
                .build();

        JurisdictionResult korea = advised(profile).results().get(0);

        List<Advice> singles = korea.advice().stream().filter(a -> a.changes().size() == 1).toList();
        for (Advice pair : korea.advice().stream().filter(a -> a.changes().size() == 2).toList()) {
            for (Advice single : singles) {
                if (pair.changes().contains(single.changes().get(0))) {
                    assertThat(single.verdict().ordinal()).isGreaterThan(pair.verdict().ordinal());
                }
            }
        }
    }

    @Test
    void noAdviceClearsAnObligationOfTheSystemsUseCase() {
        DeploymentProfile stated = profile().vendor("Mistral").dataCountries("FR").asOf("2026-12-01")
                .target(target("EU", Set.of(Segment.CONSUMER), null, List.of())).build();
        DeploymentProfile profile = new DeploymentProfile(stated.app(), stated.hosting(), stated.processesPersonalData(),
                stated.targets(), stated.asOf(), Set.of(io.launchcheck.api.UseCase.SOCIAL_SCORING),
                io.launchcheck.api.TeamRole.PROVIDER);

        JurisdictionResult eu = advised(profile).results().get(0);

        assertThat(ids(eu)).contains("eu-ai-act-art5-prohibited-practices");
        assertThat(eu.advice()).as("what no lever changes (the use case) stays, whatever is advised")
                .allSatisfy(advice -> assertThat(advice.clears()).doesNotContain("eu-ai-act-art5-prohibited-practices"));
    }

    @Test
    void aCompliantEvaluationIsReturnedUnchanged() {
        DeploymentProfile profile = profile().vendor("Mistral").dataCountries("FR")
                .target(target("FR", Set.of(Segment.CONSUMER), null, List.of())).build();
        Evaluation base = evaluator.evaluate(pack, profile, profile.asOf(), false);
        assertThat(base.results().get(0).verdict()).isEqualTo(Verdict.COMPLIANT);

        assertThat(search.advise(pack, profile, profile.asOf(), base)).isSameAs(base);
    }

    @Test
    void judgingTargetsAloneGivesWhatJudgingThemTogetherGives() {
        Fixtures.ProfileBuilder all = profile().asOf("2025-09-01");
        List<String> codes = List.of("IT", "KR", "US-TX", "RU", "AU", "CZ", "TW", "NL");
        codes.forEach(code -> all.target(target(code, EnumSet.of(Segment.CONSUMER, Segment.GOVERNMENT), null, List.of())));
        DeploymentProfile together = all.build();
        Evaluation whole = evaluator.evaluate(pack, together, together.asOf(), false);
        for (int i = 0; i < codes.size(); i++) {
            DeploymentProfile alone = new DeploymentProfile(together.app(), together.hosting(),
                    together.processesPersonalData(), List.of(together.targets().get(i)), together.asOf());
            assertThat(evaluator.evaluate(pack, alone, alone.asOf(), false).results().get(0))
                    .as(codes.get(i)).isEqualTo(whole.results().get(i));
        }
    }

    /** The changes applied as a team would apply them, written here apart from the search. */
    private static DeploymentProfile apply(DeploymentProfile profile, List<Advice.ProfileChange> changes) {
        DeploymentProfile p = profile;
        for (Advice.ProfileChange change : changes) {
            DeploymentProfile.App app = p.app();
            DeploymentProfile.Hosting hosting = p.hosting();
            List<DeploymentProfile.Target> targets = new ArrayList<>(p.targets());
            Boolean personal = p.processesPersonalData();
            switch (change.lever()) {
                case SELF_HOST -> hosting = new DeploymentProfile.Hosting(HostingMode.SELF_HOSTED, null, hosting.dataCountries());
                case OTHER_OPERATOR -> hosting = new DeploymentProfile.Hosting(HostingMode.THIRD_PARTY, change.value(),
                        hosting.dataCountries());
                case STORE_DATA_IN -> hosting = new DeploymentProfile.Hosting(hosting.mode(), hosting.operator(),
                        List.of(change.value()));
                case NO_PERSONAL_DATA -> personal = false;
                case OTHER_MODEL -> {
                    String developer = pack.models().stream().filter(m -> m.identifiers().contains(change.value()))
                            .findFirst().orElseThrow().developer();
                    app = new DeploymentProfile.App(app.name(), pack.resolveVendor(developer).orElseThrow().name(),
                            change.value(), null);
                    if (hosting.mode() == HostingMode.VENDOR_API) {
                        hosting = new DeploymentProfile.Hosting(hosting.mode(), null, hosting.dataCountries());
                    }
                }
                case DROP_SEGMENT, DROP_SECTOR -> {
                    int index = Integer.parseInt(change.field().replaceAll("targets\\[(\\d+)\\].*", "$1"));
                    DeploymentProfile.Target t = targets.get(index);
                    targets.set(index, change.lever() == Advice.Lever.DROP_SEGMENT
                            ? new DeploymentProfile.Target(t.jurisdiction(), t.segments().stream()
                                    .filter(s -> !s.name().equals(change.value())).collect(Collectors.toSet()),
                                    t.sectors(), t.organizations())
                            : new DeploymentProfile.Target(t.jurisdiction(), t.segments(), t.sectors().stream()
                                    .filter(s -> !s.name().equals(change.value())).collect(Collectors.toSet()),
                                    t.organizations()));
                }
            }
            p = new DeploymentProfile(app, hosting, personal, targets, p.asOf(), p.useCases(), p.role());
        }
        return p;
    }

    private static Set<String> ids(JurisdictionResult result) {
        return result.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
    }
}
