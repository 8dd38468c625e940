package io.launchcheck.registry.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Which stored rules carry tests ({@code GET /api/v1/rules/tests/coverage}).
 *
 * @param rulesWithoutTests        rules that carry no test at all
 * @param rulesWithoutMatchingTest rules whose tests only say where the rule must not match
 */
@Schema(requiredProperties = {"rulesetVersion", "rules", "rulesWithTests", "tests", "rulesWithoutTests",
        "rulesWithoutMatchingTest"})
public record RuleTestCoverage(long rulesetVersion, int rules, int rulesWithTests, int tests,
        List<String> rulesWithoutTests, List<String> rulesWithoutMatchingTest) {
}
