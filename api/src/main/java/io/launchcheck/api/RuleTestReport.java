package io.launchcheck.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule's tests run through the rules engine against the current ruleset with this rule in place.
 *
 * @param rulesetVersion the published ruleset the rule was put into
 */
@Schema(requiredProperties = {"ruleId", "rulesetVersion", "passed", "total", "failed", "results"})
public record RuleTestReport(String ruleId, long rulesetVersion, boolean passed, int total, int failed,
        List<RuleTestResult> results) {

    public static RuleTestReport of(String ruleId, long rulesetVersion, List<RuleTestResult> results) {
        int failed = (int) results.stream().filter(result -> !result.passed()).count();
        return new RuleTestReport(ruleId, rulesetVersion, failed == 0, results.size(), failed, List.copyOf(results));
    }
}
