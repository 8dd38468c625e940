package io.launchcheck.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleTest;
import io.launchcheck.api.RuleTestResult;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Verdict;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.RealRulePack;

/**
 * Every rule of the shipped pack carries tests, and every test passes when judged by the real knowledge base
 * with the whole pack: the build fails when a rule or a DRL change breaks what a rule is meant to catch.
 */
class PackRuleTestsTest extends RulesTestSupport {

    /**
     * The pack's rules as the registry stores and serves them: lists the file leaves out are empty, not missing (the
     * engine reads an empty segment list as "for no particular segment", which matters for sector rules).
     */
    private static List<Rule> rules() {
        return RealRulePack.rules().stream().map(PackRuleTestsTest::canonical).toList();
    }

    private static Rule canonical(Rule r) {
        return new Rule(r.id(), r.jurisdiction(), r.organization(), r.kind(), r.title(),
                r.subject() == null ? io.launchcheck.api.RuleSubject.EVERY_APP : r.subject(), r.covers(),
                r.segments() == null ? Set.of() : r.segments(), r.sectors() == null ? Set.of() : r.sectors(),
                r.hostingModes() == null ? Set.of() : r.hostingModes(),
                r.requirement() == null ? new io.launchcheck.api.RuleRequirement(null, null) : r.requirement(),
                r.personalDataOnly(), r.severity(), r.status(), r.effectiveFrom(), r.effectiveTo(), r.dateNote(),
                r.summary(), r.legalBasis(), r.authority(), r.sourceUrl(), r.sources(), r.remediation(), r.scope(),
                r.hostingRationale(), r.confidence(), r.reviewedOn(), r.version(), r.useCases(), r.roles(), r.tests());
    }

    private static RulesetSnapshot snapshot(List<Rule> rules) {
        return RulesetSnapshot.of(new io.launchcheck.api.Ruleset(1, Instant.now(), rules,
                RealRulePack.jurisdictionsFor(RealRulePack.rules()), RealRulePack.pack().vendors(),
                RealRulePack.pack().models()), Instant.now());
    }

    private static RulesetSnapshot pack() {
        return snapshot(rules());
    }

    @Test
    void everyPackRuleHasATestThatItMatches() {
        List<String> without = rules().stream()
                .filter(rule -> rule.tests() == null || rule.tests().stream().noneMatch(RuleTest::matches))
                .map(Rule::id).toList();
        assertThat(without).as("rules without a test that the rule matches").isEmpty();
    }

    @TestFactory
    Stream<DynamicTest> everyPackRuleTestPasses() {
        RulesetSnapshot snapshot = pack();
        RuleTestRunner runner = new RuleTestRunner(evaluator());
        return rules().stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            List<String> failures = new ArrayList<>();
            for (RuleTestResult result : runner.run(snapshot, rule)) {
                if (!result.passed()) {
                    failures.add(result.name() + ": " + result.failures() + " (deciding rules " + result.decidingRules() + ")");
                }
            }
            assertThat(failures).as("failing tests of " + rule.id()).isEmpty();
        }));
    }

    /** The tests exercise their own rule: with the rule taken out of the pack, each test expecting it to match fails. */
    @TestFactory
    Stream<DynamicTest> everyPackRuleTestThatExpectsAMatchFailsWithoutTheRule() {
        RuleTestRunner runner = new RuleTestRunner(evaluator());
        List<Rule> all = rules();
        return all.stream().map(rule -> DynamicTest.dynamicTest(rule.id(), () -> {
            RulesetSnapshot without = snapshot(all.stream().filter(r -> !r.id().equals(rule.id())).toList());
            for (RuleTest test : rule.tests()) {
                if (test.matches()) {
                    assertThat(runner.run(without, rule.id(), test).passed()).as(test.name()).isFalse();
                }
            }
        }));
    }

    @Test
    void aTestThatExpectsTheWrongVerdictFails() {
        Rule rule = canonical(RealRulePack.rule("it-garante-deepseek-processing-block"));
        RuleTest wrong = new RuleTest("claims DeepSeek's API is fine in Italy", deepSeekInItaly(HostingMode.VENDOR_API),
                "it", Verdict.COMPLIANT, null, true);
        RuleTestResult result = new RuleTestRunner(evaluator()).run(pack(), rule.id(), wrong);
        assertThat(result.passed()).isFalse();
        assertThat(result.actualVerdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(result.actualMatches()).isTrue();
        assertThat(result.failures()).containsExactly("expected COMPLIANT for IT, got NON_COMPLIANT");
    }

    @Test
    void aTestThatExpectsTheRuleNotToMatchWhereItDoesFails() {
        Rule rule = canonical(RealRulePack.rule("it-garante-deepseek-processing-block"));
        RuleTest wrong = new RuleTest("claims the order ignores the vendor's API", deepSeekInItaly(HostingMode.VENDOR_API),
                "IT", null, Set.of(Verdict.NON_COMPLIANT), false);
        RuleTestResult result = new RuleTestRunner(evaluator()).run(pack(), rule.id(), wrong);
        assertThat(result.passed()).isFalse();
        assertThat(result.failures()).hasSize(2);
        assertThat(result.decidingRules()).contains(rule.id());
    }

    @Test
    void aTestWithoutADateOrOnAnotherTargetFails() {
        RuleTestRunner runner = new RuleTestRunner(evaluator());
        DeploymentProfile undated = new DeploymentProfile(deepSeekInItaly(HostingMode.VENDOR_API).app(),
                deepSeekInItaly(HostingMode.VENDOR_API).hosting(), true,
                deepSeekInItaly(HostingMode.VENDOR_API).targets(), null);
        assertThat(runner.run(pack(), "x", new RuleTest("undated", undated, "IT", null, null, true)).failures())
                .containsExactly("profile.asOf is required: a test must mean the same every day");
        assertThat(runner.run(pack(), "x", new RuleTest("elsewhere", deepSeekInItaly(HostingMode.VENDOR_API), "FR", null,
                null, true)).failures()).containsExactly("the profile has no target FR");
    }

    private static DeploymentProfile deepSeekInItaly(HostingMode mode) {
        return new DeploymentProfile(new DeploymentProfile.App("DeepSeek", "DeepSeek", null, "CN"),
                new DeploymentProfile.Hosting(mode, null, List.of("CN")), true,
                List.of(new DeploymentProfile.Target("IT", Set.of(Segment.CONSUMER), null, null)),
                LocalDate.parse("2025-02-01"));
    }
}
