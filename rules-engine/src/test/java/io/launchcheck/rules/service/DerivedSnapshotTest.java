package io.launchcheck.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.RulesetPack;
import io.launchcheck.rules.domain.Reach;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;

/** A snapshot derived from the one before and the changed rules judges exactly as one built from the whole ruleset. */
class DerivedSnapshotTest {

    private static final Instant LOADED = Instant.parse("2025-03-02T00:00:00Z");
    private static final List<String> TARGETS = List.of("IT", "DE", "DE-BE", "FR", "KR", "US", "US-TX", "US-CA", "CN",
            "IS", "AU", "TW", "JP", "EU");

    @Test
    void aSnapshotDerivedFromTheChangesJudgesLikeOneBuiltFromTheWholeRuleset() {
        List<Rule> pack = RealRulePack.rules();
        Rule first = pack.get(0);
        Rule moved = pack.get(1);
        Rule removed = pack.get(2);
        Rule removedAlone = Fixtures.deepseekBan("is-only-rule", "IS").build();
        Rule added = Fixtures.deepseekBan("de-be-new-ban", "DE-BE").build();
        Rule addedForApp = Fixtures.rule("jp-app-ban", "JP", RuleKind.NATIONWIDE_BAN).apps("acme-assistant").build();

        List<Rule> before = new ArrayList<>(pack);
        before.add(removedAlone);
        List<Rule> after = new ArrayList<>(pack);
        after.remove(removed);
        after.set(after.indexOf(first), withSeverityFlipped(first));
        after.set(after.indexOf(moved), inJurisdiction(moved, "US-CA"));
        after.add(added);
        after.add(addedForApp);

        List<Rule> every = new ArrayList<>(before);
        every.addAll(after);
        List<Jurisdiction> jurisdictions = RealRulePack.jurisdictionsFor(every);
        RulesetPack release = new RulesetPack("world-ai-restrictions", "2026.12.2");
        Ruleset v1 = ruleset(1, before, jurisdictions, null);
        Ruleset v2 = ruleset(2, after, jurisdictions, release);

        RulesetSnapshot held = RulesetSnapshot.of(v1, LOADED);
        List<Rule> changed = List.of(withSeverityFlipped(first), inJurisdiction(moved, "US-CA"), added, addedForApp);
        RulesetSnapshot derived = held.withRuleChanges(2, v2.changedAt(), release, changed,
                List.of(removed.id(), removedAlone.id(), "never-existed"), LOADED);
        RulesetSnapshot built = RulesetSnapshot.of(v2, LOADED);

        assertThat(derived.version()).isEqualTo(built.version());
        assertThat(derived.changedAt()).isEqualTo(built.changedAt());
        assertThat(derived.pack()).isEqualTo(built.pack());
        assertThat(derived.ruleCount()).isEqualTo(built.ruleCount()).isEqualTo(after.size());
        assertThat(new TreeMap<>(derived.rules())).isEqualTo(new TreeMap<>(built.rules()));
        assertThat(derived.vendors()).isEqualTo(built.vendors());
        assertThat(derived.models()).isEqualTo(built.models());
        for (String vendor : List.of("deepseek", "openai", "moonshot", "zhipu")) {
            assertThat(derived.namedByRules(vendor)).as(vendor).isEqualTo(built.namedByRules(vendor));
        }
        for (String target : TARGETS) {
            assertThat(reach(derived, target)).as(target).isEqualTo(reach(built, target));
        }
        for (DeploymentProfile profile : profiles()) {
            Evaluation fromDerived = RulesTestSupport.evaluator().evaluate(derived, profile, profile.asOf(), false);
            Evaluation fromBuilt = RulesTestSupport.evaluator().evaluate(built, profile, profile.asOf(), false);
            assertThat(fromDerived).as(profile.app().name()).isEqualTo(fromBuilt);
        }
        // the change shows: the held snapshot judges otherwise
        DeploymentProfile app = Fixtures.profile().app("acme-assistant").vendor("Acme Labs").target("JP").build();
        assertThat(RulesTestSupport.evaluator().evaluate(derived, app, app.asOf(), false).overall())
                .isEqualTo(io.launchcheck.api.Verdict.NON_COMPLIANT)
                .isNotEqualTo(RulesTestSupport.evaluator().evaluate(held, app, app.asOf(), false).overall());
    }

    @Test
    void noChangesKeepEverythingButTheVersion() {
        RulesetSnapshot held = RulesetSnapshot.of(RealRulePack.ruleset(1, List.of()), LOADED);

        RulesetSnapshot derived = held.withRuleChanges(2, LOADED, null, List.of(), List.of(), LOADED);

        assertThat(derived.version()).isEqualTo(2);
        assertThat(derived.rules()).isEqualTo(held.rules());
        for (String target : TARGETS) {
            assertThat(reach(derived, target)).as(target).isEqualTo(reach(held, target));
        }
    }

    private static List<DeploymentProfile> profiles() {
        List<DeploymentProfile> profiles = new ArrayList<>();
        for (String vendor : List.of("DeepSeek", "OpenAI", "Moonshot AI", "Meta")) {
            Fixtures.ProfileBuilder profile = Fixtures.profile().app("acme-assistant").vendor(vendor);
            TARGETS.forEach(profile::target);
            profiles.add(profile.build());
        }
        return profiles;
    }

    private static Map<String, String> reach(RulesetSnapshot snapshot, String target) {
        return snapshot.reachOf(0, target).stream().collect(Collectors.toMap(Reach::getJurisdiction,
                reach -> reach.getRelation() + " via " + reach.getVia(), (a, b) -> a + "; " + b, TreeMap::new));
    }

    private static Ruleset ruleset(long version, List<Rule> rules, List<Jurisdiction> jurisdictions, RulesetPack pack) {
        List<Rule> byId = rules.stream().sorted(java.util.Comparator.comparing(Rule::id)).toList();
        return new Ruleset(version, Instant.parse("2025-03-01T00:00:00Z").plusSeconds(version), byId, jurisdictions,
                RealRulePack.pack().vendors(), RealRulePack.pack().models(), pack);
    }

    private static Rule withSeverityFlipped(Rule rule) {
        return new Rule(rule.id(), rule.jurisdiction(), rule.organization(), rule.kind(), rule.title(), rule.subject(),
                rule.covers(), rule.segments(), rule.sectors(), rule.hostingModes(), rule.requirement(),
                rule.personalDataOnly(), rule.severity() == io.launchcheck.api.Severity.BLOCKING
                        ? io.launchcheck.api.Severity.WARNING : io.launchcheck.api.Severity.BLOCKING,
                rule.status(), rule.effectiveFrom(), rule.effectiveTo(), rule.dateNote(), rule.summary(), rule.legalBasis(),
                rule.authority(), rule.sourceUrl(), rule.sources(), rule.remediation(), rule.scope(), rule.hostingRationale(),
                rule.confidence(), rule.reviewedOn(), rule.version(), rule.useCases(), rule.roles());
    }

    private static Rule inJurisdiction(Rule rule, String jurisdiction) {
        return new Rule(rule.id(), jurisdiction, rule.organization(), rule.kind(), rule.title(), rule.subject(),
                rule.covers(), rule.segments(), rule.sectors(), rule.hostingModes(), rule.requirement(),
                rule.personalDataOnly(), rule.severity(), rule.status(), rule.effectiveFrom(), rule.effectiveTo(),
                rule.dateNote(), rule.summary(), rule.legalBasis(), rule.authority(), rule.sourceUrl(), rule.sources(),
                rule.remediation(), rule.scope(), rule.hostingRationale(), rule.confidence(), rule.reviewedOn(),
                rule.version(), rule.useCases(), rule.roles());
    }
}
