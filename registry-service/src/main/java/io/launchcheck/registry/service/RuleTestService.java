package io.launchcheck.registry.service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleTestReport;
import io.launchcheck.api.RuleTestResult;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.domain.RuleEntity;
import io.launchcheck.registry.repository.RuleRepository;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.service.RuleTestRunner;

/**
 * Runs rule tests through the rules engine in-process, against the stored ruleset with the rule under test in place,
 * and refuses changes whose tests fail (422 naming each failing case).
 */
@ApplicationScoped
public class RuleTestService {

    private final RuleEngine engine;
    private final CandidateRulesets candidates;
    private final RuleRepository rules;
    private final io.launchcheck.registry.repository.RulesetRepository rulesets;

    @Inject
    RuleTestService(RuleEngine engine,
            CandidateRulesets candidates,
            RuleRepository rules,
            io.launchcheck.registry.repository.RulesetRepository rulesets) {
        this.engine = engine;
        this.candidates = candidates;
        this.rules = rules;
        this.rulesets = rulesets;
    }

    /** Runs the tests of canonical rules against the stored ruleset with all of them in place (and removals out). */
    public List<RuleTestReport> run(Collection<Rule> canonical, Collection<String> removals) {
        Ruleset ruleset = candidates.candidate(canonical, removals);
        RulesetSnapshot snapshot = CandidateRulesets.snapshot(ruleset);
        RuleTestRunner runner = engine.testRunner();
        List<RuleTestReport> reports = new ArrayList<>();
        for (Rule rule : canonical) {
            reports.add(RuleTestReport.of(rule.id(), ruleset.version(), runner.run(snapshot, rule)));
        }
        return reports;
    }

    /**
     * Throws 422 naming every failing case when, with {@code rule} in the stored ruleset, a test of it or of any other
     * stored rule fails. The rule's own cases are named {@code tests[i]}.
     */
    public void requirePassing(Rule canonical) {
        verify(List.of(canonical), List.of(""), List.of());
    }

    /**
     * The same for several rules changed together (a rule pack, a publication): {@code prefixes} pair with
     * {@code changed} ({@code "rules[3]."}); a failing case of a rule that was not changed is named
     * {@code rules[<id>].tests[i]}. Rules in {@code removals} leave the candidate ruleset and run no tests.
     */
    public void verify(List<Rule> changed, List<String> prefixes, Collection<String> removals) {
        Ruleset ruleset = candidates.candidate(changed, removals);
        if (ruleset.rules().stream().allMatch(rule -> rule.tests() == null || rule.tests().isEmpty())) {
            return;
        }
        RulesetSnapshot snapshot = CandidateRulesets.snapshot(ruleset);
        RuleTestRunner runner = engine.testRunner();
        java.util.Map<String, String> prefixOf = new java.util.HashMap<>();
        for (int i = 0; i < changed.size(); i++) {
            prefixOf.put(changed.get(i).id(), prefixes.get(i));
        }
        List<FieldError> errors = new ArrayList<>();
        for (Rule rule : ruleset.rules()) {
            List<RuleTestResult> results = runner.run(snapshot, rule);
            String prefix = prefixOf.getOrDefault(rule.id(), "rules[" + rule.id() + "].");
            for (int i = 0; i < results.size(); i++) {
                RuleTestResult result = results.get(i);
                if (!result.passed()) {
                    errors.add(new FieldError(prefix + "tests[" + i + "]", "rule " + rule.id() + ", test '"
                            + result.name() + "': " + String.join("; ", result.failures())));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "Rule tests failed", errors.size() + " rule test(s) failed; nothing was "
                    + "saved: " + ProblemException.summarize(errors), errors, null);
        }
    }

    /** Which stored rules carry no test, or no test that the rule must match. */
    @Transactional
    public RuleTestCoverage coverage() {
        List<RuleEntity> all = rules.listAllById();
        List<String> without = new ArrayList<>();
        List<String> noMatching = new ArrayList<>();
        int tests = 0;
        for (RuleEntity entity : all) {
            Rule rule = RuleMapper.toApi(entity);
            if (rule.tests().isEmpty()) {
                without.add(rule.id());
            } else if (rule.tests().stream().noneMatch(test -> Boolean.TRUE.equals(test.matches()))) {
                noMatching.add(rule.id());
            }
            tests += rule.tests().size();
        }
        return new RuleTestCoverage(rulesets.head().version, all.size(), all.size() - without.size(), tests,
                without, noMatching);
    }
}
