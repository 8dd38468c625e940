package io.launchcheck.registry.service;

import io.launchcheck.api.RulesetVersion;

/** A change of the ruleset, fired in the changing transaction and observed once it has committed. */
public record RulesetCommitted(RulesetVersion version) {
}
