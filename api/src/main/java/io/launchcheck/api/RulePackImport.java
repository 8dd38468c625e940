package io.launchcheck.api;

import java.util.List;

/** What an import of a {@link RulePack} did, by rule, vendor and model family id, and the ruleset version it left behind. */
public record RulePackImport(
        String pack,
        long rulesetVersion,
        List<String> added,
        List<String> changed,
        List<String> unchanged,
        List<String> vendorsAdded,
        List<String> vendorsChanged,
        List<String> modelsAdded,
        List<String> modelsChanged) {
}
