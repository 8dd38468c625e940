package io.launchcheck.registry.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.launchcheck.api.Rule;
import io.launchcheck.api.RulePack;
import io.launchcheck.api.RulePackImport;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.domain.ChangeAction;

/**
 * Imports a rule pack in one transaction: vendors first, then rules, each matched by id and compared by
 * content. Rules the pack does not name are left alone. Everything that changed shares one new ruleset
 * version; an import that changes nothing creates none. A pack with any invalid entry imports nothing.
 */
@ApplicationScoped
public class RulePackService {

    @Inject
    VendorService vendors;

    @Inject
    RuleService rules;

    @Inject
    RuleValidator validator;

    @Inject
    RulesetChanges changes;

    @Transactional
    public RulePackImport importPack(RulePack pack, ChangeContext context) {
        if (ExampleIds.reserved(pack.pack())) {
            throw ProblemException.unprocessable("pack", ExampleIds.PACK_MESSAGE);
        }
        RulesetChanges.Change change = changes.open(context);
        List<Vendor> packVendors = pack.vendors() == null ? List.of() : pack.vendors();
        List<Rule> packRules = pack.rules() == null ? List.of() : pack.rules();
        duplicates(packVendors.stream().map(Vendor::id).toList(), "vendors");
        duplicates(packRules.stream().map(Rule::id).toList(), "rules");

        List<String> vendorsAdded = new ArrayList<>();
        List<String> vendorsChanged = new ArrayList<>();
        for (int i = 0; i < packVendors.size(); i++) {
            Vendor vendor = packVendors.get(i);
            ChangeAction action = vendors.upsert(vendor, "vendors[" + i + "].", change);
            if (action == ChangeAction.CREATED) {
                vendorsAdded.add(vendor.id());
            } else if (action == ChangeAction.UPDATED) {
                vendorsChanged.add(vendor.id());
            }
        }

        VendorDirectory directory = vendors.directory();
        List<FieldError> errors = new ArrayList<>();
        List<Rule> canonical = new ArrayList<>();
        for (int i = 0; i < packRules.size(); i++) {
            canonical.add(validator.check(packRules.get(i), directory, "rules[" + i + "].", errors));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "Unprocessable request", "Rule pack '" + pack.pack() + "' has "
                    + errors.size() + " invalid field(s); nothing was imported: " + VendorService.summarize(errors),
                    errors, null);
        }

        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Rule rule : canonical) {
            ChangeAction action = rules.upsert(rule, change);
            (action == ChangeAction.CREATED ? added : action == ChangeAction.UPDATED ? changed : unchanged).add(rule.id());
        }
        change.summarize("import of rule pack " + pack.pack() + ": rules " + added.size() + " added, " + changed.size()
                + " changed, " + unchanged.size() + " unchanged; vendors " + vendorsAdded.size() + " added, "
                + vendorsChanged.size() + " changed");
        return new RulePackImport(pack.pack(), change.currentVersion(), added, changed, unchanged, vendorsAdded,
                vendorsChanged);
    }

    private static void duplicates(List<String> ids, String list) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Integer earlier = first.putIfAbsent(ids.get(i), i);
            if (earlier != null) {
                throw ProblemException.conflict(list + "[" + i + "].id",
                        "id '" + ids.get(i) + "' is already used by " + list + "[" + earlier + "]");
            }
        }
    }
}
