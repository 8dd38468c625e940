package io.launchcheck.registry.service;

import java.time.Instant;

import io.launchcheck.api.Rule;
import io.launchcheck.registry.domain.ChangeAction;

/**
 * One entry of a rule's history: the ruleset version the change created, what was done, by whom, why, when,
 * and the rule before and after (null before a creation and after a deletion).
 */
public record RuleChange(String ruleId, long rulesetVersion, ChangeAction action, String actor, String reason,
        Instant at, Rule before, Rule after) {
}
