package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.deepseekBan;
import static io.launchcheck.rules.testing.Fixtures.profile;
import static io.launchcheck.rules.testing.Fixtures.rule;
import static io.launchcheck.rules.testing.Fixtures.target;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

import io.launchcheck.api.Coverage;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UseCase;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;

/**
 * No dead rules: every rule of the precompiled knowledge base fires at least once over a corpus of rulesets and
 * profiles (the real rule pack, and fixture rules that exercise each condition, each relation of the jurisdiction
 * graph, each timing case and each verdict). The rules are listed from the knowledge base itself, so a new rule is
 * covered without touching this test: it fails until the corpus makes the new rule fire, naming it.
 */
class EveryRuleFiresTest {

    /** One rule per condition, relation and timing case, over the fixture jurisdictions. */
    static final List<Rule> FIXTURE_RULES = List.of(
            deepseekBan("it-deepseek-ban", "IT").build(),
            deepseekBan("us-deepseek-ban", "US").covers(Coverage.ANY_DEPLOYMENT).build(),
            rule("us-tx-state-devices", "US-TX", RuleKind.GOVERNMENT_DEVICE_BAN).vendors("deepseek")
                    .segments(Segment.GOVERNMENT).build(),
            rule("eu-transfer", "EU", RuleKind.CROSS_BORDER_TRANSFER).personalDataOnly().build(),
            rule("de-be-named-app", "DE-BE", RuleKind.NATIONWIDE_BAN).apps("acme-assistant")
                    .covers(Coverage.NAMED_APPS).build(),
            rule("kr-localization", "KR", RuleKind.DATA_LOCALIZATION).sectors(Sector.ENERGY).build(),
            rule("kr-ministry", "KR", RuleKind.SECTOR_BAN).organization("Ministry of Energy")
                    .hosting(HostingMode.VENDOR_API).build(),
            rule("fr-energy-operators", "FR", RuleKind.SECTOR_BAN).sectors(Sector.ENERGY).build(),
            rule("ie-advisory", "IE", RuleKind.ADVISORY).build(),
            rule("ie-advisory-later", "IE", RuleKind.ADVISORY).from("2027-01-01").build(),
            rule("ie-proposed", "IE", RuleKind.NATIONWIDE_BAN).status(RuleStatus.PROPOSED).from("2027-01-01").build(),
            rule("ie-ban-later", "IE", RuleKind.NATIONWIDE_BAN).from("2027-01-01").build(),
            rule("nl-deepfakes", "NL", RuleKind.PROHIBITED_PRACTICE).useCases(UseCase.DEEPFAKE).build(),
            rule("nl-deepfakes-later", "NL", RuleKind.PROHIBITED_PRACTICE).useCases(UseCase.DEEPFAKE)
                    .from("2027-01-01").build(),
            rule("nl-provider-duty", "NL", RuleKind.OBLIGATION).roles(TeamRole.PROVIDER).warning().build());

    /** The targets of each fixture profile: every relation of the graph, and a target with no rules. */
    static final List<DeploymentProfile.Target> FIXTURE_TARGETS = List.of(
            target("IT"), target("US-TX"), target("US"), target("EU"), target("DE-BE"),
            target("KR", EnumSet.of(Segment.GOVERNMENT), EnumSet.of(Sector.ENERGY), List.of("Ministry of Energy")),
            target("FR", EnumSet.of(Segment.CONSUMER), null, null), target("IE"), target("NL"), target("JP"));

    @Test
    void everyRuleOfTheKnowledgeBaseFiresOverTheCorpus() {
        assertThat(getClass().getClassLoader().getResource(ComplianceKnowledgeBase.PRECOMPILED_MODELS))
                .as("the precompiled knowledge base is the one under test").isNotNull();
        Set<String> fired = new TreeSet<>();
        ComplianceKnowledgeBase rules = new ComplianceKnowledgeBase().listening(new DefaultAgendaEventListener() {
            @Override
            public void afterMatchFired(AfterMatchFiredEvent event) {
                fired.add(event.getMatch().getRule().getName());
            }
        });
        ProfileEvaluator evaluator = new ProfileEvaluator(rules);

        RulesetSnapshot fixtures = RulesetSnapshot.of(Fixtures.ruleset(1, FIXTURE_RULES), Instant.now());
        RulesetSnapshot realPack = RulesetSnapshot.of(RealRulePack.ruleset(1, List.of()), Instant.now());
        for (Fixtures.ProfileBuilder profile : List.of(
                withFixtureTargets(profile()),
                withFixtureTargets(profile()).role(TeamRole.PROVIDER),
                withFixtureTargets(profile()).role(TeamRole.DEPLOYER).useCases(UseCase.DEEPFAKE),
                withFixtureTargets(profile()).hosting(HostingMode.SELF_HOSTED).personalData(false).dataCountries(),
                withFixtureTargets(profile()).dataCountries("KR", "IT"),
                profile().vendor("Acme Unknown AI").target("JP"),
                profile().vendor("OpenAI").target("JP"))) {
            judge(evaluator, fixtures, profile.build());
        }
        for (Fixtures.ProfileBuilder profile : List.of(
                profile().target("IT").target("US-TX").target("KR").target("US").target("EU").target("RU"),
                profile().role(TeamRole.DEPLOYER).useCases(UseCase.EMPLOYMENT).target("EU").target("KR"))) {
            judge(evaluator, realPack, profile.build());
        }

        Set<String> neverFired = new TreeSet<>(rules.ruleNames());
        assertThat(neverFired).as("the knowledge base's rules").hasSizeGreaterThan(30);
        neverFired.removeAll(fired);
        assertThat(neverFired).as("rules that never fired over the corpus").isEmpty();
    }

    private static Fixtures.ProfileBuilder withFixtureTargets(Fixtures.ProfileBuilder profile) {
        FIXTURE_TARGETS.forEach(profile::target);
        return profile;
    }

    private static void judge(ProfileEvaluator evaluator, RulesetSnapshot ruleset, DeploymentProfile profile) {
        assertThat(evaluator.evaluate(ruleset, profile, profile.asOf(), false).results())
                .hasSize(profile.targets().size());
    }
}
