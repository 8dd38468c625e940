package io.launchcheck.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Rule;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;

/** Judges profiles with the real knowledge base, compiled once for all rule tests. */
abstract class RulesTestSupport {

    private static ComplianceKnowledgeBase knowledgeBase;
    private static RulesetSnapshot realPack;

    static synchronized ProfileEvaluator evaluator() {
        if (knowledgeBase == null) {
            knowledgeBase = new ComplianceKnowledgeBase();
        }
        return new ProfileEvaluator(knowledgeBase);
    }

    /** Judges a profile against the given rules only (fixture jurisdictions and vendors). */
    static Evaluation evaluate(Fixtures.ProfileBuilder profile, Rule... rules) {
        return evaluate(profile, List.of(rules));
    }

    static Evaluation evaluate(Fixtures.ProfileBuilder profile, List<Rule> rules) {
        RulesetSnapshot snapshot = RulesetSnapshot.of(Fixtures.ruleset(1, rules), Instant.now());
        DeploymentProfile built = profile.build();
        return evaluator().evaluate(snapshot, built, built.asOf(), false);
    }

    /** Judges a profile against the real-world rule pack the registry ships. */
    static Evaluation evaluateWithRealPack(Fixtures.ProfileBuilder profile) {
        synchronized (RulesTestSupport.class) {
            if (realPack == null) {
                realPack = RulesetSnapshot.of(RealRulePack.ruleset(1, List.of()), Instant.now());
            }
        }
        DeploymentProfile built = profile.build();
        return evaluator().evaluate(realPack, built, built.asOf(), false);
    }

    static Finding only(Evaluation evaluation, int target) {
        assertThat(evaluation.results().get(target).findings()).hasSize(1);
        return evaluation.results().get(target).findings().get(0);
    }

    static Optional<Finding> finding(Evaluation evaluation, int target, String ruleId) {
        return evaluation.results().get(target).findings().stream().filter(f -> f.ruleId().equals(ruleId)).findFirst();
    }

    static Finding findingOf(Evaluation evaluation, int target, String ruleId) {
        return finding(evaluation, target, ruleId)
                .orElseThrow(() -> new AssertionError("No finding " + ruleId + " in " + evaluation.results().get(target)));
    }

    static JurisdictionResult result(Evaluation evaluation, int target) {
        return evaluation.results().get(target);
    }
}
