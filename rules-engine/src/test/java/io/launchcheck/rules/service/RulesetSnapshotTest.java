package io.launchcheck.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Identity;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Ruleset;
import io.launchcheck.rules.domain.ProfileFact;
import io.launchcheck.rules.domain.Reach;
import io.launchcheck.rules.domain.Relation;
import io.launchcheck.rules.domain.RuleFact;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;

/** The snapshot hands the rules engine what depends on the targets and the app, not on the registry's size. */
class RulesetSnapshotTest {

    private static final ProfileFact DEEPSEEK = new ProfileFact("acme-assistant", "DeepSeek", null,
            new Identity(new Identity.Resolved("deepseek", "DeepSeek", "app.vendor 'DeepSeek'"), null,
                    new Identity.Operator(Identity.OperatorKind.DEVELOPER, "deepseek", "DeepSeek", "hosting.mode VENDOR_API"),
                    List.of()),
            "CN", true, HostingMode.VENDOR_API, List.of("CN"), true, Fixtures.AS_OF);

    @Test
    void rulesForOtherAppsAreNotHandedToTheEngine() {
        RulesetSnapshot small = RulesetSnapshot.of(RealRulePack.ruleset(1, List.of()), Instant.now());
        List<Rule> others = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            others.add(Fixtures.rule("other-" + i, i % 2 == 0 ? "KR" : "US-TX", RuleKind.NATIONWIDE_BAN)
                    .vendors("vendor-" + i).build());
        }
        RulesetSnapshot large = RulesetSnapshot.of(RealRulePack.ruleset(2, others), Instant.now());

        assertThat(ids(large, 0, "KR")).isEqualTo(ids(small, 0, "KR")).isNotEmpty();
        assertThat(ids(large, 0, "US-TX")).isEqualTo(ids(small, 0, "US-TX")).isNotEmpty();
    }

    @Test
    void aRulesetWithoutItsJurisdictionsKeepsThoseOfTheSnapshotBeforeWhenTheirDigestIsTheSame() {
        String digest = "ab".repeat(32);
        Ruleset first = withDigest(RealRulePack.ruleset(1, List.of()), digest);
        RulesetSnapshot before = RulesetSnapshot.of(first, Instant.now());
        Ruleset next = withDigest(RealRulePack.ruleset(2, List.of(
                Fixtures.rule("us-tx-next", "US-TX", RuleKind.NATIONWIDE_BAN).build())), digest).withJurisdictions(null);

        RulesetSnapshot after = RulesetSnapshot.of(next, Instant.now(), before);

        assertThat(after.version()).isEqualTo(2);
        assertThat(after.jurisdictionsDigest()).isEqualTo(digest);
        assertThat(after.countries()).isEqualTo(before.countries()).contains("US", "IT");
        assertThat(after.membersOf("EU")).isEqualTo(before.membersOf("EU")).contains("IT");
        assertThat(after.parentOf("US-TX")).isEqualTo("US");
        assertThat(ids(after, 0, "US-TX")).contains("us-tx-next");
    }

    @Test
    void aRulesetWithoutItsJurisdictionsIsRefusedWhenThoseHeldAreOthers() {
        Ruleset without = withDigest(RealRulePack.ruleset(2, List.of()), "cd".repeat(32)).withJurisdictions(null);
        RulesetSnapshot other = RulesetSnapshot.of(withDigest(RealRulePack.ruleset(1, List.of()), "ab".repeat(32)),
                Instant.now());

        assertThatThrownBy(() -> RulesetSnapshot.of(without, Instant.now(), other))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("left out jurisdictions");
        assertThatThrownBy(() -> RulesetSnapshot.of(without, Instant.now(), null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Ruleset withDigest(Ruleset ruleset, String digest) {
        return new Ruleset(ruleset.version(), ruleset.changedAt(), ruleset.rules(), ruleset.jurisdictions(),
                ruleset.vendors(), ruleset.models(), ruleset.pack(), digest);
    }

    @Test
    void vendorsNamedInRulesByLegalEntityResolveToTheVendorId() {
        Rule byEntity = Fixtures.rule("kr-entity", "KR", RuleKind.NATIONWIDE_BAN)
                .vendors("Beijing DeepSeek Artificial Intelligence").build();
        RulesetSnapshot snapshot = RulesetSnapshot.of(Fixtures.ruleset(1, byEntity), Instant.now());

        assertThat(ids(snapshot, 0, "KR")).containsExactly("kr-entity");
    }

    @Test
    void reachFollowsTheJurisdictionGraphToJurisdictionsWithRules() {
        RulesetSnapshot snapshot = RulesetSnapshot.of(Fixtures.ruleset(1,
                Fixtures.deepseekBan("eu", "EU").build(), Fixtures.deepseekBan("de", "DE").build(),
                Fixtures.deepseekBan("be", "DE-BE").build()), Instant.now());

        assertThat(snapshot.reachOf(0, "DE-BE")).extracting(Reach::getJurisdiction, Reach::getRelation)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("DE-BE", Relation.SELF),
                        org.assertj.core.groups.Tuple.tuple("DE", Relation.COUNTRY),
                        org.assertj.core.groups.Tuple.tuple("EU", Relation.BLOC));
        assertThat(snapshot.reachOf(0, "EU")).extracting(Reach::getJurisdiction)
                .containsExactly("EU", "DE", "DE-BE");
        assertThat(snapshot.reachOf(0, "FR")).extracting(Reach::getJurisdiction).containsExactly("EU");
    }

    private static Set<String> ids(RulesetSnapshot snapshot, int index, String target) {
        Set<RuleFact> rules = RulesetSnapshot.ruleSet();
        for (Reach reach : snapshot.reachOf(index, target)) {
            snapshot.candidateRules(reach.getJurisdiction(), DEEPSEEK, rules);
        }
        return rules.stream().map(RuleFact::getId).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
    }
}
