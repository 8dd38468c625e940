package io.launchcheck.rules.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleTest;
import io.launchcheck.api.RuleTestResult;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.rules.domain.RulesetSnapshot;

/**
 * Runs a rule's tests ({@link RuleTest}) through the real knowledge base: each example profile is judged with the
 * given ruleset, which must already hold the rule under test, exactly as the rules-service would judge it.
 */
public final class RuleTestRunner {

    private final ProfileEvaluator evaluator;

    public RuleTestRunner(ProfileEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /** Every test of {@code rule}, in order; a rule without tests gives an empty list. */
    public List<RuleTestResult> run(RulesetSnapshot ruleset, Rule rule) {
        List<RuleTestResult> results = new ArrayList<>();
        if (rule.tests() != null) {
            for (RuleTest test : rule.tests()) {
                results.add(run(ruleset, rule.id(), test));
            }
        }
        return results;
    }

    /** One test of the rule {@code ruleId}. */
    public RuleTestResult run(RulesetSnapshot ruleset, String ruleId, RuleTest test) {
        Set<Verdict> not = test.notVerdicts() == null ? Set.of() : Set.copyOf(test.notVerdicts());
        boolean expectMatch = Boolean.TRUE.equals(test.matches());
        String target = Codes.normalize(test.target());
        List<String> failures = new ArrayList<>();
        if (test.profile().asOf() == null) {
            failures.add("profile.asOf is required: a test must mean the same every day");
            return new RuleTestResult(test.name(), target, false, test.verdict(), not, expectMatch, null, null, null,
                    failures);
        }
        Evaluation evaluation;
        try {
            evaluation = evaluator.evaluate(ruleset, normalized(test.profile()), test.profile().asOf(), false);
        } catch (ProblemException e) {
            failures.add("the profile could not be judged: " + e.getMessage());
            return new RuleTestResult(test.name(), target, false, test.verdict(), not, expectMatch, null, null, null,
                    failures);
        }
        JurisdictionResult result = evaluation.results().stream().filter(r -> r.jurisdiction().equals(target))
                .findFirst().orElse(null);
        if (result == null) {
            failures.add("the profile has no target " + target);
            return new RuleTestResult(test.name(), target, false, test.verdict(), not, expectMatch, null, null, null,
                    failures);
        }
        List<String> deciding = result.findings().stream().map(Finding::ruleId).distinct().toList();
        boolean matched = deciding.contains(ruleId);
        if (test.verdict() != null && test.verdict() != result.verdict()) {
            failures.add("expected " + test.verdict() + " for " + target + ", got " + result.verdict());
        }
        if (not.contains(result.verdict())) {
            failures.add("expected anything but " + result.verdict() + " for " + target + ", got " + result.verdict());
        }
        if (matched != expectMatch) {
            failures.add(expectMatch ? "expected rule " + ruleId + " among the findings for " + target + ", it is not"
                    : "expected rule " + ruleId + " not to match for " + target + ", it does");
        }
        return new RuleTestResult(test.name(), target, failures.isEmpty(), test.verdict(), not, expectMatch,
                result.verdict(), matched, deciding, failures);
    }

    /** Codes in upper case and personal data assumed, as the gateway hands a profile to the rules-service. */
    public static DeploymentProfile normalized(DeploymentProfile profile) {
        List<DeploymentProfile.Target> targets = profile.targets().stream()
                .map(t -> new DeploymentProfile.Target(Codes.normalize(t.jurisdiction()),
                        t.segments() == null ? Set.of() : t.segments(), t.sectors() == null ? Set.of() : t.sectors(),
                        t.organizations() == null ? List.of() : t.organizations()))
                .toList();
        DeploymentProfile.App app = profile.app();
        DeploymentProfile.Hosting hosting = profile.hosting();
        return new DeploymentProfile(
                new DeploymentProfile.App(app.name(), app.vendor(), app.model(), Codes.normalize(app.originCountry())),
                new DeploymentProfile.Hosting(hosting.mode(), hosting.operator(), hosting.dataCountries() == null
                        ? List.of() : hosting.dataCountries().stream().map(Codes::normalize).distinct().toList()),
                profile.processesPersonalData() == null ? Boolean.TRUE : profile.processesPersonalData(), targets,
                profile.asOf(), profile.useCases(), profile.role());
    }
}
