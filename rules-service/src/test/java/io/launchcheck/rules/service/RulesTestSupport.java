package io.launchcheck.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.Rule;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.Fixtures;

/** Judges profiles with the real knowledge base, compiled once for all rule tests. */
abstract class RulesTestSupport {

    private static ComplianceKnowledgeBase knowledgeBase;

    static synchronized ProfileEvaluator evaluator() {
        if (knowledgeBase == null) {
            knowledgeBase = new ComplianceKnowledgeBase();
        }
        return new ProfileEvaluator(knowledgeBase);
    }

    static Evaluation evaluate(Fixtures.ProfileBuilder profile, Rule... rules) {
        return evaluate(profile, List.of(rules));
    }

    static Evaluation evaluate(Fixtures.ProfileBuilder profile, List<Rule> rules) {
        RulesetSnapshot snapshot = RulesetSnapshot.of(Fixtures.ruleset(1, rules), Instant.now());
        return evaluator().evaluate(snapshot, profile.build(), Fixtures.AS_OF, false);
    }

    static Finding only(Evaluation evaluation, int target) {
        assertThat(evaluation.results().get(target).findings()).hasSize(1);
        return evaluation.results().get(target).findings().get(0);
    }
}
