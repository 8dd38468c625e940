package io.launchcheck.registry.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RulePack;
import io.launchcheck.api.RulePackImport;
import io.launchcheck.api.RulePackInfo;
import io.launchcheck.api.RulePackRelease;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.names.VendorNames;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.domain.ChangeAction;
import io.launchcheck.registry.domain.RuleEntity;
import io.launchcheck.registry.domain.RulePackEntity;
import io.launchcheck.registry.repository.RulePackRepository;
import io.launchcheck.registry.repository.RuleRepository;

/**
 * Imports a rule pack in one transaction: vendors first, then model families, then rules, each matched by id and compared by
 * content. Rules the pack does not name are left alone. Everything that changed shares one new ruleset
 * version; an import that changes nothing creates none. A pack with any invalid entry imports nothing.
 * The pack's release, changelog and rule ids are kept (one row per pack) for the officers' view.
 */
@ApplicationScoped
public class RulePackService {

    private final VendorService vendors;
    private final ModelService models;
    private final RuleService rules;
    private final RuleValidator validator;
    private final RulesetChanges changes;
    private final RulePackRepository packRows;
    private final RuleRepository ruleRows;
    private final ReviewFreshness freshness;
    private final RuleTestService ruleTests;
    private final ObjectMapper objectMapper;

    @Inject
    RulePackService(VendorService vendors,
            ModelService models,
            RuleService rules,
            RuleValidator validator,
            RulesetChanges changes,
            RulePackRepository packRows,
            RuleRepository ruleRows,
            ReviewFreshness freshness,
            RuleTestService ruleTests,
            ObjectMapper objectMapper) {
        this.vendors = vendors;
        this.models = models;
        this.rules = rules;
        this.validator = validator;
        this.changes = changes;
        this.packRows = packRows;
        this.ruleRows = ruleRows;
        this.freshness = freshness;
        this.ruleTests = ruleTests;
        this.objectMapper = objectMapper;
    }

    private static final TypeReference<List<RulePackRelease>> CHANGELOG = new TypeReference<>() {
    };

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

        VendorNames directory = vendors.directory();
        List<ModelFamily> packModels = pack.models() == null ? List.of() : pack.models();
        duplicates(packModels.stream().map(ModelFamily::id).toList(), "models");
        List<String> modelsAdded = new ArrayList<>();
        List<String> modelsChanged = new ArrayList<>();
        for (int i = 0; i < packModels.size(); i++) {
            ModelFamily model = packModels.get(i);
            ChangeAction action = models.upsert(model, "models[" + i + "].", directory, change);
            if (action == ChangeAction.CREATED) {
                modelsAdded.add(model.id());
            } else if (action == ChangeAction.UPDATED) {
                modelsChanged.add(model.id());
            }
        }

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

        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < canonical.size(); i++) {
            prefixes.add("rules[" + i + "].");
        }
        ruleTests.verify(canonical, prefixes, List.of());

        List<String> added = new ArrayList<>();
        List<String> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        for (Rule rule : canonical) {
            ChangeAction action = rules.upsert(rule, change);
            (action == ChangeAction.CREATED ? added : action == ChangeAction.UPDATED ? changed : unchanged).add(rule.id());
        }
        change.summarize("import of rule pack " + pack.pack() + (pack.version() == null ? "" : " " + pack.version())
                + ": rules " + added.size() + " added, " + changed.size()
                + " changed, " + unchanged.size() + " unchanged; vendors " + vendorsAdded.size() + " added, "
                + vendorsChanged.size() + " changed; models " + modelsAdded.size() + " added, " + modelsChanged.size()
                + " changed");
        boolean contentChanged = !added.isEmpty() || !changed.isEmpty() || !vendorsAdded.isEmpty()
                || !vendorsChanged.isEmpty() || !modelsAdded.isEmpty() || !modelsChanged.isEmpty();
        change.fromPack(pack.pack(), pack.version());
        remember(pack, canonical.stream().map(Rule::id).toList(), contentChanged, change.currentVersion(), context);
        return new RulePackImport(pack.pack(), change.currentVersion(), added, changed, unchanged, vendorsAdded,
                vendorsChanged, modelsAdded, modelsChanged);
    }

    /** Every imported pack, by slug. */
    @Transactional
    public List<RulePackInfo> list() {
        LocalDate dueBefore = freshness.dueBefore();
        return packRows.listAllByPack().stream().map(row -> info(row, dueBefore)).toList();
    }

    /** One imported pack with the freshness of its rules per jurisdiction; 404 when never imported. */
    @Transactional
    public RulePackInfo get(String pack) {
        return packRows.findByIdOptional(pack).map(row -> info(row, freshness.dueBefore()))
                .orElseThrow(() -> ProblemException.notFound("No rule pack '" + pack + "' has been imported"));
    }

    /** Keeps the pack's release and rule ids; an import that changes nothing and names the same release keeps the row. */
    private void remember(RulePack pack, List<String> ruleIds, boolean contentChanged, long rulesetVersion,
            ChangeContext context) {
        RulePackEntity row = packRows.findByIdOptional(pack.pack()).orElse(null);
        String changelog = json(pack.changelog() == null ? List.of() : pack.changelog());
        boolean same = row != null && !contentChanged && Objects.equals(row.release, pack.version())
                && Objects.equals(row.description, pack.description()) && Objects.equals(row.origin, pack.origin())
                && Objects.equals(row.ruleIds, ruleIds) && sameJson(row.changelog, changelog);
        if (same) {
            return;
        }
        boolean created = row == null;
        if (created) {
            row = new RulePackEntity();
            row.pack = pack.pack();
        }
        row.release = pack.version();
        row.description = pack.description();
        row.origin = pack.origin();
        row.changelog = changelog;
        row.ruleIds = new ArrayList<>(ruleIds);
        row.importedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        row.importedBy = context.actor();
        row.rulesetVersion = rulesetVersion;
        if (created) {
            packRows.persist(row);
        }
    }

    private RulePackInfo info(RulePackEntity row, LocalDate dueBefore) {
        List<RuleEntity> packRules = ruleRows.listByIds(row.ruleIds == null ? List.of() : row.ruleIds);
        Map<String, List<RuleEntity>> byJurisdiction = new TreeMap<>();
        packRules.forEach(rule -> byJurisdiction.computeIfAbsent(rule.jurisdiction, code -> new ArrayList<>()).add(rule));
        List<RulePackInfo.JurisdictionReview> reviews = new ArrayList<>();
        byJurisdiction.forEach((code, rulesOfCode) -> {
            LocalDate last = null;
            LocalDate oldest = null;
            boolean neverReviewed = false;
            int overdue = 0;
            for (RuleEntity rule : rulesOfCode) {
                if (rule.reviewedOn == null) {
                    neverReviewed = true;
                } else {
                    last = last == null || rule.reviewedOn.isAfter(last) ? rule.reviewedOn : last;
                    oldest = oldest == null || rule.reviewedOn.isBefore(oldest) ? rule.reviewedOn : oldest;
                }
                if (freshness.overdue(rule.reviewedOn, dueBefore)) {
                    overdue++;
                }
            }
            reviews.add(new RulePackInfo.JurisdictionReview(code, rulesOfCode.size(), last, neverReviewed ? null : oldest,
                    overdue));
        });
        return new RulePackInfo(row.pack, row.release, row.description, row.origin, row.importedAt, row.importedBy,
                row.rulesetVersion, packRules.size(), dueBefore, readChangelog(row.changelog), reviews);
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize a rule pack changelog", e);
        }
    }

    private boolean sameJson(String stored, String given) {
        try {
            return stored != null && objectMapper.readTree(stored).equals(objectMapper.readTree(given));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private List<RulePackRelease> readChangelog(String json) {
        try {
            return json == null ? List.of() : objectMapper.readValue(json, CHANGELOG);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored changelog of a rule pack is not a list of releases", e);
        }
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
