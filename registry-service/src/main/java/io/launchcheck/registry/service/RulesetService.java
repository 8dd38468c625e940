package io.launchcheck.registry.service;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Rule;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.RulesetUpdate;
import io.launchcheck.api.RulesetVersion;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.config.RegistryConfig;
import io.launchcheck.registry.domain.RulesetHead;
import io.launchcheck.registry.domain.RulesetVersionEntity;
import io.launchcheck.registry.repository.HistoryRepository;
import io.launchcheck.registry.repository.ModelRepository;
import io.launchcheck.registry.repository.RuleRepository;
import io.launchcheck.registry.repository.RulesetRepository;
import io.launchcheck.registry.repository.VendorRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Whole rulesets: the current one (polled often, so kept serialized in memory until the version moves) and
 * any earlier one, rebuilt from history. Jurisdictions are reference data and not versioned: every ruleset
 * carries the current catalog.
 */
@ApplicationScoped
public class RulesetService {

    /**
     * A ruleset serialized as JSON, ready to send: whole, and without its jurisdictions for a caller that holds
     * them already (each form serialized on first use, then kept).
     */
    public static final class Serialized {

        private final Ruleset ruleset;
        private final ObjectMapper mapper;
        private volatile byte[] whole;
        private volatile byte[] withoutJurisdictions;

        Serialized(Ruleset ruleset, ObjectMapper mapper) {
            this.ruleset = ruleset;
            this.mapper = mapper;
        }

        public long version() {
            return ruleset.version();
        }

        public Instant changedAt() {
            return ruleset.changedAt();
        }

        public String jurisdictionsDigest() {
            return ruleset.jurisdictionsDigest();
        }

        /** The whole ruleset. */
        public byte[] json() {
            byte[] json = whole;
            if (json == null) {
                json = write(ruleset);
                whole = json;
            }
            return json;
        }

        /**
         * The ruleset for a caller that holds jurisdictions with this digest: without them when they are the
         * same, else whole.
         */
        public byte[] json(String heldJurisdictions) {
            if (heldJurisdictions == null || !heldJurisdictions.equalsIgnoreCase(ruleset.jurisdictionsDigest())) {
                return json();
            }
            byte[] json = withoutJurisdictions;
            if (json == null) {
                json = write(ruleset.withJurisdictions(null));
                withoutJurisdictions = json;
            }
            return json;
        }

        /** The ruleset as {@link #json(String)} sends it. */
        public Ruleset ruleset(String heldJurisdictions) {
            if (heldJurisdictions == null || !heldJurisdictions.equalsIgnoreCase(ruleset.jurisdictionsDigest())) {
                return ruleset;
            }
            return ruleset.withJurisdictions(null);
        }

        private byte[] write(Ruleset value) {
            try {
                return mapper.writeValueAsBytes(value);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Cannot serialize ruleset " + value.version(), e);
            }
        }
    }

    private final RulesetRepository rulesets;
    private final RuleRepository rules;
    private final VendorRepository vendors;
    private final ModelRepository models;
    private final HistoryRepository history;
    private final JurisdictionCatalog jurisdictions;
    private final ObjectMapper objectMapper;
    private final RegistryConfig config;

    @Inject
    RulesetService(RulesetRepository rulesets,
            RuleRepository rules,
            VendorRepository vendors,
            ModelRepository models,
            HistoryRepository history,
            JurisdictionCatalog jurisdictions,
            ObjectMapper objectMapper,
            RegistryConfig config) {
        this.rulesets = rulesets;
        this.rules = rules;
        this.vendors = vendors;
        this.models = models;
        this.history = history;
        this.jurisdictions = jurisdictions;
        this.objectMapper = objectMapper;
        this.config = config;
    }

    private volatile Serialized current;
    private final Map<Long, Serialized> past = new LinkedHashMap<>(16, 0.75f, true);

    /** The current version: one primary-key read. */
    public RulesetVersion version() {
        RulesetHead head = QuarkusTransaction.joiningExisting().call(rulesets::head);
        return new RulesetVersion(head.version, head.changedAt);
    }

    /** The current ruleset; rebuilt only when the version has moved since the last call. */
    public Serialized current() {
        long version = version().version();
        Serialized cached = current;
        if (cached != null && cached.version() >= version) {
            return cached;
        }
        synchronized (this) {
            cached = current;
            if (cached != null && cached.version() >= version) {
                return cached;
            }
            cached = QuarkusTransaction.requiringNew().call(this::buildCurrent);
            current = cached;
            return cached;
        }
    }

    /** The ruleset exactly as it was at {@code version}; 404 for a version that does not exist. */
    public Serialized at(long version) {
        Serialized latest = current();
        if (version == latest.version()) {
            return latest;
        }
        if (version < 1 || version > latest.version()) {
            throw ProblemException.notFound("Ruleset version " + version + " does not exist; the current version is "
                    + latest.version());
        }
        synchronized (past) {
            Serialized cached = past.get(version);
            if (cached != null) {
                return cached;
            }
        }
        Serialized built = QuarkusTransaction.requiringNew().call(() -> buildPast(version));
        synchronized (past) {
            past.put(version, built);
            while (past.size() > config.pastRulesetCacheSize()) {
                past.remove(past.keySet().iterator().next());
            }
        }
        return built;
    }

    /** Beyond this many versions back, {@link #update} sends the whole ruleset rather than the changes. */
    static final long MAX_UPDATE_VERSIONS = 1000;

    /**
     * What a caller holding version {@code since} (and jurisdictions with the digest {@code heldJurisdictions}, may be
     * null) needs to hold the current one: the rules changed since, read from the history, when only rules changed;
     * the whole current ruleset when vendors, models or the jurisdictions changed too, or {@code since} is 0 or more
     * than {@value #MAX_UPDATE_VERSIONS} versions back. 404 when {@code since} is above the current version.
     */
    public RulesetUpdate update(long since, String heldJurisdictions) {
        RulesetUpdate changes = QuarkusTransaction.requiringNew().call(() -> {
            RulesetHead head = rulesets.head();
            if (since > head.version) {
                throw ProblemException.notFound("Ruleset version " + since + " does not exist; the current version is "
                        + head.version);
            }
            boolean sameJurisdictions = heldJurisdictions != null
                    && heldJurisdictions.equalsIgnoreCase(jurisdictions.digest());
            if (since < 1 || head.version - since > MAX_UPDATE_VERSIONS || !sameJurisdictions
                    || history.vendorsOrModelsChangedBetween(since, head.version)) {
                return null;
            }
            List<Rule> changed = new java.util.ArrayList<>();
            List<String> removed = new java.util.ArrayList<>();
            for (Object[] row : history.rulesChangedBetween(since, head.version)) {
                if (row[1] == null) {
                    removed.add((String) row[0]);
                } else {
                    changed.add(RuleMapper.withoutTests(RuleMapper.withCanonicalSets(read((String) row[1], Rule.class))));
                }
            }
            return RulesetUpdate.changes(since, head.version, head.changedAt, rulesets.packAt(head.version).orElse(null),
                    changed, removed);
        });
        return changes != null ? changes : RulesetUpdate.whole(since, current().ruleset(heldJurisdictions));
    }

    /** The rules added, removed and changed from version {@code from} to version {@code to}; 404 for a version that does not exist. */
    public RulesetDiff diff(long from, long to) {
        long latest = version().version();
        for (long v : new long[] {from, to}) {
            if (v < 1 || v > latest) {
                throw ProblemException.notFound("Ruleset version " + v + " does not exist; the current version is " + latest);
            }
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, Rule> before = byId(history.rulesAt(from));
            Map<String, Rule> after = byId(history.rulesAt(to));
            List<String> added = after.keySet().stream().filter(id -> !before.containsKey(id)).toList();
            List<String> removed = before.keySet().stream().filter(id -> !after.containsKey(id)).toList();
            List<RulesetDiff.RuleDiff> changed = new java.util.ArrayList<>();
            for (Map.Entry<String, Rule> entry : after.entrySet()) {
                Rule old = before.get(entry.getKey());
                if (old == null) {
                    continue;
                }
                List<String> fields = changedFields(old, entry.getValue());
                if (!fields.isEmpty()) {
                    changed.add(new RulesetDiff.RuleDiff(entry.getKey(), fields, old, entry.getValue()));
                }
            }
            return new RulesetDiff(from, to, added, removed, changed);
        });
    }

    private Map<String, Rule> byId(List<String> json) {
        Map<String, Rule> rules = new java.util.TreeMap<>();
        for (String row : json) {
            Rule rule = RuleMapper.withCanonicalSets(read(row, Rule.class));
            rules.put(rule.id(), rule);
        }
        return rules;
    }

    /** The top-level fields whose JSON differs, in the record's order; {@code version} (a revision counter) is not content. */
    private List<String> changedFields(Rule a, Rule b) {
        com.fasterxml.jackson.databind.JsonNode left = objectMapper.valueToTree(RuleMapper.withVersion(a, null));
        com.fasterxml.jackson.databind.JsonNode right = objectMapper.valueToTree(RuleMapper.withVersion(b, null));
        List<String> fields = new java.util.ArrayList<>();
        for (java.lang.reflect.RecordComponent component : Rule.class.getRecordComponents()) {
            String name = component.getName();
            if (name.equals("version")) {
                continue;
            }
            if (!java.util.Objects.equals(left.get(name), right.get(name))) {
                fields.add(name);
            }
        }
        return fields;
    }

    private Serialized buildCurrent() {
        // FOR SHARE: no change commits while the rules and vendors are read, so they match the version
        RulesetHead head = rulesets.lockForRead();
        List<Rule> allRules = rules.listAllById().stream().map(RuleMapper::toApi)
                .map(RuleMapper::withoutTests).toList();
        List<Vendor> allVendors = vendors.listAllById().stream().map(VendorMapper::toApi).toList();
        List<ModelFamily> allModels = models.listAllById().stream().map(ModelMapper::toApi).toList();
        return serialize(new Ruleset(head.version, head.changedAt, allRules, jurisdictions.allWithoutMembers(), allVendors,
                allModels, rulesets.packAt(head.version).orElse(null), jurisdictions.digest()));
    }

    private Serialized buildPast(long version) {
        RulesetVersionEntity row = rulesets.version(version)
                .orElseThrow(() -> ProblemException.notFound("Ruleset version " + version + " does not exist"));
        List<Rule> pastRules = history.rulesAt(version).stream().map(json -> read(json, Rule.class))
                .map(RuleMapper::withCanonicalSets).map(RuleMapper::withoutTests).toList();
        List<Vendor> pastVendors = history.vendorsAt(version).stream().map(json -> read(json, Vendor.class)).toList();
        List<ModelFamily> pastModels = history.modelsAt(version).stream().map(json -> read(json, ModelFamily.class)).toList();
        return serialize(new Ruleset(version, row.changedAt, pastRules, jurisdictions.allWithoutMembers(), pastVendors,
                pastModels, rulesets.packAt(version).orElse(null), jurisdictions.digest()));
    }

    private Serialized serialize(Ruleset ruleset) {
        return new Serialized(ruleset, objectMapper);
    }

    private <T> T read(String json, Class<T> type) {
        try {
            return StrictJson.tolerant(objectMapper, type).readValue(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored history is not a " + type.getSimpleName(), e);
        }
    }
}
