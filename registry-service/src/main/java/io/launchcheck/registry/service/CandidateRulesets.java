package io.launchcheck.registry.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.launchcheck.api.Rule;
import io.launchcheck.api.Ruleset;
import io.launchcheck.registry.domain.RulesetHead;
import io.launchcheck.registry.repository.ModelRepository;
import io.launchcheck.registry.repository.RuleRepository;
import io.launchcheck.registry.repository.RulesetRepository;
import io.launchcheck.registry.repository.VendorRepository;
import io.launchcheck.rules.domain.RulesetSnapshot;

/**
 * Rulesets that are not (yet) published: the stored rules, vendors and models as the caller's transaction sees
 * them, with some rules replaced, added or removed. Rule tests and impact previews judge against these; nothing
 * here is stored or served to the rules-service.
 */
@ApplicationScoped
public class CandidateRulesets {

    private final RulesetRepository rulesets;
    private final RuleRepository rules;
    private final VendorRepository vendors;
    private final ModelRepository models;
    private final JurisdictionCatalog jurisdictions;

    @Inject
    CandidateRulesets(RulesetRepository rulesets,
            RuleRepository rules,
            VendorRepository vendors,
            ModelRepository models,
            JurisdictionCatalog jurisdictions) {
        this.rulesets = rulesets;
        this.rules = rules;
        this.vendors = vendors;
        this.models = models;
        this.jurisdictions = jurisdictions;
    }

    /** The stored rules, with {@code upserts} put in (by id) and {@code removals} taken out. Needs a transaction. */
    public Ruleset candidate(Collection<Rule> upserts, Collection<String> removals) {
        RulesetHead head = rulesets.head();
        Map<String, Rule> byId = new LinkedHashMap<>();
        rules.listAllById().forEach(entity -> byId.put(entity.id, RuleMapper.toApi(entity)));
        upserts.forEach(rule -> byId.put(rule.id(), rule));
        removals.forEach(byId::remove);
        return new Ruleset(head.version, head.changedAt, new ArrayList<>(byId.values()), jurisdictions.allWithoutMembers(),
                vendors.listAllById().stream().map(VendorMapper::toApi).toList(),
                models.listAllById().stream().map(ModelMapper::toApi).toList());
    }

    /** The published ruleset as the caller's transaction sees it. */
    public Ruleset published() {
        return candidate(List.of(), List.of());
    }

    public static RulesetSnapshot snapshot(Ruleset ruleset) {
        return RulesetSnapshot.of(ruleset, Instant.now());
    }
}
