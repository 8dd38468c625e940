package io.launchcheck.registry.service;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Rule;

/**
 * What changed in the rules between two ruleset versions: rules added, removed, and for each changed rule the
 * names of the fields that differ (tests included; the rule's own revision number left out) with both versions.
 */
@Schema(requiredProperties = {"from", "to", "added", "removed", "changed"})
public record RulesetDiff(long from, long to, List<String> added, List<String> removed, List<RuleDiff> changed) {

    /** One rule present in both versions with different content. */
    @Schema(requiredProperties = {"ruleId", "fields", "before", "after"})
    public record RuleDiff(String ruleId, List<String> fields, Rule before, Rule after) {
    }
}
