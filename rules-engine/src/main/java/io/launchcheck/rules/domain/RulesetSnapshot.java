package io.launchcheck.rules.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.JurisdictionType;
import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleRequirement;
import io.launchcheck.api.RuleSubject;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.RulesetPack;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.names.ModelNames;
import io.launchcheck.api.names.VendorNames;

/**
 * One ruleset of the registry, ready to judge with: rules indexed by jurisdiction and by what their subject
 * names, the jurisdiction graph, and the vendor identities. Immutable; built once per ruleset version.
 *
 * <p>The index is the one place that decides the subject: a rule is handed to the rules engine only when it could
 * reach a target and its subject names every AI app, the profile's developer or operator (vendor ids), its app name
 * or its origin country (docs/semantics.md). Every other condition is decided by the DRL.
 */
public final class RulesetSnapshot {

    private final long version;
    private final RulesetPack pack;
    private final Instant changedAt;
    private final Instant loadedAt;
    private final int ruleCount;
    private final JurisdictionGraph jurisdictions;
    /** The graph with only the subdivisions that have rules: what {@link #reachOf} walks. */
    private final JurisdictionGraph reachGraph;
    private final String jurisdictionsDigest;
    private final Map<String, RuleIndex> rulesByJurisdiction;
    private final VendorNames vendors;
    private final IdentityResolver identities;
    private final Map<String, Rule> rulesById;
    /** Each rule's fact, by rule id: what a snapshot derived by {@link #withRuleChanges} reuses for unchanged rules. */
    private final Map<String, RuleFact> factsById;
    private final List<Vendor> vendorList;
    private final List<ModelFamily> models;
    private final Set<String> vendorsNamedByRules;

    private RulesetSnapshot(Ruleset ruleset, Instant loadedAt, JurisdictionGraph jurisdictions) {
        this.version = ruleset.version();
        this.pack = ruleset.pack();
        this.changedAt = ruleset.changedAt();
        this.loadedAt = loadedAt;
        List<Rule> rules = ruleset.rules() == null ? List.of() : ruleset.rules();
        this.ruleCount = rules.size();

        // built once per set of jurisdictions and kept while the registry's stay the same (see of(..., previous))
        this.jurisdictions = jurisdictions;
        this.jurisdictionsDigest = ruleset.jurisdictionsDigest();
        this.vendorList = List.copyOf(nonNull(ruleset.vendors()));
        this.models = List.copyOf(nonNull(ruleset.models()));

        this.vendors = VendorNames.of(nonNull(ruleset.vendors()));
        this.identities = new IdentityResolver(vendors, ModelNames.of(nonNull(ruleset.models())));

        Map<String, RuleIndex.Builder> index = new HashMap<>();
        Map<String, RuleFact> facts = new HashMap<>();
        for (Rule rule : rules) {
            String code = Codes.normalize(rule.jurisdiction());
            RuleFact fact = factOf(rule, code);
            facts.put(rule.id(), fact);
            index.computeIfAbsent(code, c -> new RuleIndex.Builder()).add(fact);
        }
        Map<String, Rule> byId = new HashMap<>();
        for (Rule rule : rules) {
            byId.put(rule.id(), rule);
        }
        this.rulesById = Map.copyOf(byId);
        this.factsById = Map.copyOf(facts);
        this.vendorsNamedByRules = namedVendors(rulesById.values());
        Map<String, RuleIndex> built = new HashMap<>();
        index.forEach((code, builder) -> built.put(code, builder.build()));
        this.rulesByJurisdiction = Map.copyOf(built);
        this.reachGraph = jurisdictions.withSubdivisionsAmong(rulesByJurisdiction.keySet());
    }

    /** {@code previous} with its rules changed: everything but the rules kept, the index rebuilt where rules moved. */
    private RulesetSnapshot(RulesetSnapshot previous, long version, Instant changedAt, RulesetPack pack,
            List<Rule> changed, Collection<String> removed, Instant loadedAt) {
        this.version = version;
        this.pack = pack;
        this.changedAt = changedAt;
        this.loadedAt = loadedAt;
        this.jurisdictions = previous.jurisdictions;
        this.jurisdictionsDigest = previous.jurisdictionsDigest;
        this.vendorList = previous.vendorList;
        this.models = previous.models;
        this.vendors = previous.vendors;
        this.identities = previous.identities;

        Map<String, Rule> byId = new HashMap<>(previous.rulesById);
        Map<String, RuleFact> facts = new HashMap<>(previous.factsById);
        // the jurisdictions whose index changes: where a changed or removed rule was, and where a changed rule is now
        Set<String> touched = new HashSet<>();
        for (String id : removed) {
            Rule gone = byId.remove(id);
            if (gone != null) {
                touched.add(Codes.normalize(gone.jurisdiction()));
                facts.remove(id);
            }
        }
        for (Rule rule : changed) {
            Rule before = byId.put(rule.id(), rule);
            if (before != null) {
                touched.add(Codes.normalize(before.jurisdiction()));
            }
            String code = Codes.normalize(rule.jurisdiction());
            touched.add(code);
            facts.put(rule.id(), factOf(rule, code));
        }
        this.rulesById = Map.copyOf(byId);
        this.factsById = Map.copyOf(facts);
        this.ruleCount = rulesById.size();
        this.vendorsNamedByRules = namedVendors(rulesById.values());

        // a touched jurisdiction's rules in id order, the registry's order of a whole ruleset
        Map<String, RuleIndex.Builder> index = new HashMap<>();
        rulesById.values().stream()
                .filter(rule -> touched.contains(Codes.normalize(rule.jurisdiction())))
                .sorted(java.util.Comparator.comparing(Rule::id))
                .forEach(rule -> index.computeIfAbsent(Codes.normalize(rule.jurisdiction()), c -> new RuleIndex.Builder())
                        .add(facts.get(rule.id())));
        Map<String, RuleIndex> built = new HashMap<>(previous.rulesByJurisdiction);
        built.keySet().removeAll(touched);
        index.forEach((code, builder) -> built.put(code, builder.build()));
        this.rulesByJurisdiction = Map.copyOf(built);
        this.reachGraph = rulesByJurisdiction.keySet().equals(previous.rulesByJurisdiction.keySet())
                ? previous.reachGraph
                : jurisdictions.withSubdivisionsAmong(rulesByJurisdiction.keySet());
    }

    /**
     * The snapshot of a later ruleset version that differs from this one only in its rules (same jurisdictions,
     * vendors and model catalog): {@code changed} holds the rules added or changed since this snapshot's version,
     * {@code removed} the ids of the rules deleted. Judges exactly as {@link #of} would with the whole later ruleset,
     * at the cost of the changed rules only.
     */
    public RulesetSnapshot withRuleChanges(long version, Instant changedAt, RulesetPack pack, List<Rule> changed,
            Collection<String> removed, Instant loadedAt) {
        return new RulesetSnapshot(this, version, changedAt, pack, nonNull(changed), nonNull(removed), loadedAt);
    }

    private Set<String> namedVendors(Collection<Rule> rules) {
        Set<String> named = new HashSet<>();
        for (Rule rule : rules) {
            if (rule.subject() != null) {
                for (String vendor : nonNull(rule.subject().vendors())) {
                    named.add(resolveVendor(vendor).map(Vendor::id).orElse(Keys.of(vendor)));
                }
            }
        }
        return Set.copyOf(named);
    }

    public static RulesetSnapshot of(Ruleset ruleset, Instant loadedAt) {
        return of(ruleset, loadedAt, null);
    }

    /**
     * A snapshot of the ruleset that keeps the jurisdiction graph of {@code previous} (may be null) when the
     * ruleset's jurisdictions are the same: it left them out for a caller that holds them (same digest), or it
     * carries them with the same digest.
     *
     * @throws IllegalArgumentException when the ruleset left its jurisdictions out and {@code previous} does not
     *                                  hold them
     */
    public static RulesetSnapshot of(Ruleset ruleset, Instant loadedAt, RulesetSnapshot previous) {
        String digest = ruleset.jurisdictionsDigest();
        boolean same = previous != null && digest != null && digest.equalsIgnoreCase(previous.jurisdictionsDigest);
        if (ruleset.jurisdictions() == null && !same) {
            throw new IllegalArgumentException("ruleset version " + ruleset.version() + " left out jurisdictions "
                    + digest + ", which are not held here");
        }
        return new RulesetSnapshot(ruleset, loadedAt,
                same ? previous.jurisdictions : JurisdictionGraph.of(nonNull(ruleset.jurisdictions())));
    }

    /**
     * The digest of this snapshot's jurisdictions as the registry named it ({@code Ruleset.jurisdictionsDigest}); null
     * if it named none.
     */
    public String jurisdictionsDigest() {
        return jurisdictionsDigest;
    }

    public long version() {
        return version;
    }

    /** The rule-pack release the ruleset contains, when the registry named it; else null. */
    public RulesetPack pack() {
        return pack;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Instant loadedAt() {
        return loadedAt;
    }

    public int ruleCount() {
        return ruleCount;
    }

    /** Whether the code (normalized) is a jurisdiction of this ruleset. */
    public boolean knows(String code) {
        return jurisdictions.knows(code);
    }

    /** Every country (ISO 3166-1) of this ruleset's jurisdictions, by code. */
    public List<String> countries() {
        return jurisdictions.countries();
    }

    /** The type of a jurisdiction (code normalized), if this ruleset knows it. */
    public Optional<JurisdictionType> typeOf(String code) {
        return jurisdictions.typeOf(code);
    }

    /** A bloc's member countries, by code (empty for anything but a bloc). */
    public List<String> membersOf(String bloc) {
        return jurisdictions.membersOf(bloc);
    }

    /** A country's ISO 3166-2 subdivisions, by code. */
    public List<String> subdivisionsOf(String country) {
        return jurisdictions.subdivisionsOf(country);
    }

    /** A subdivision's country (code normalized); null for anything else. */
    public String parentOf(String code) {
        return jurisdictions.parentOf(code);
    }

    /** Every rule, by id. */
    public Map<String, Rule> rules() {
        return rulesById;
    }

    /** The rule with this id. */
    public Optional<Rule> rule(String id) {
        return Optional.ofNullable(rulesById.get(id));
    }

    /** The vendors, in the order of the ruleset. */
    public List<Vendor> vendors() {
        return vendorList;
    }

    /** The model catalog, in the order of the ruleset. */
    public List<ModelFamily> models() {
        return models;
    }

    /** Whether some rule's subject names this vendor (by id). */
    public boolean namedByRules(String vendorId) {
        return vendorsNamedByRules.contains(vendorId);
    }

    /** The vendor a name, alias, legal entity or id resolves to ({@link io.launchcheck.api.names.Names#key}). */
    public Optional<Vendor> resolveVendor(String name) {
        return vendors.resolve(name);
    }

    /** The developer, model family and operator of a profile, read through this ruleset's vendors and catalog. */
    public IdentityResolver.Resolution identify(DeploymentProfile.App app, DeploymentProfile.Hosting hosting) {
        return identities.resolve(app, hosting);
    }

    /**
     * The jurisdictions whose rules may reach a target, each with how it is related to the target; only
     * jurisdictions that have rules are listed. The walk visits no subdivision without rules.
     */
    public List<Reach> reachOf(int targetIndex, String target) {
        List<Reach> reach = new ArrayList<>();
        reachGraph.walk(target, (code, relation, via) -> {
            if (code != null && rulesByJurisdiction.containsKey(code)) {
                reach.add(new Reach(targetIndex, target, code, relation, via));
            }
        });
        return reach;
    }

    /**
     * The rules of a jurisdiction whose subject covers the app: those naming every AI app, or the developer's or
     * operator's vendor id, the app name or the origin country. Added to {@code into} (identity set, so a rule is handed over once).
     */
    public void candidateRules(String jurisdiction, ProfileFact profile, Set<RuleFact> into) {
        RuleIndex rules = rulesByJurisdiction.get(jurisdiction);
        if (rules != null) {
            rules.candidates(profile, into);
        }
    }

    /** A new identity set for {@link #candidateRules}. */
    public static Set<RuleFact> ruleSet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private RuleFact factOf(Rule rule, String code) {
        RuleSubject subject = rule.subject() == null ? RuleSubject.EVERY_APP : rule.subject();
        Set<String> vendors = new HashSet<>();
        for (String vendor : nonNull(subject.vendors())) {
            vendors.add(resolveVendor(vendor).map(Vendor::id).orElse(Keys.of(vendor)));
        }
        Set<String> apps = new HashSet<>();
        for (String app : nonNull(subject.apps())) {
            apps.add(Keys.of(app));
        }
        Set<String> origins = new HashSet<>();
        for (String origin : nonNull(subject.originCountries())) {
            origins.add(Codes.normalize(origin));
        }
        RuleRequirement requirement = rule.requirement();
        Set<String> storage = jurisdictions.countriesOf(requirement == null ? null : requirement.storageCountries());
        Set<String> allowed = jurisdictions.countriesOf(requirement == null ? null : requirement.allowedDestinations());
        return new RuleFact(normalized(rule, code), vendors, apps, origins, jurisdictions.homeCountriesOf(code), storage,
                allowed);
    }

    private static Rule normalized(Rule rule, String code) {
        if (code.equals(rule.jurisdiction())) {
            return rule;
        }
        return new Rule(rule.id(), code, rule.organization(), rule.kind(), rule.title(), rule.subject(),
                rule.covers(), rule.segments(), rule.sectors(), rule.hostingModes(), rule.requirement(), rule.personalDataOnly(),
                rule.severity(), rule.status(), rule.effectiveFrom(), rule.effectiveTo(), rule.dateNote(),
                rule.summary(), rule.legalBasis(), rule.authority(), rule.sourceUrl(), rule.sources(),
                rule.remediation(), rule.scope(), rule.hostingRationale(), rule.confidence(), rule.reviewedOn(), rule.version(),
                rule.useCases(), rule.roles());
    }

    private static <T> Collection<T> nonNull(Collection<T> items) {
        return items == null ? List.of() : items;
    }

    private static <T> List<T> nonNull(List<T> items) {
        return items == null ? List.of() : items;
    }

    /** The rules of one jurisdiction by what their subject names. */
    private record RuleIndex(List<RuleFact> everyApp, Map<String, List<RuleFact>> byVendor,
            Map<String, List<RuleFact>> byApp, Map<String, List<RuleFact>> byOrigin) {

        void candidates(ProfileFact profile, Set<RuleFact> into) {
            into.addAll(everyApp);
            for (String vendor : profile.getVendorIds()) {
                into.addAll(byVendor.getOrDefault(vendor, List.of()));
            }
            if (profile.getAppKey() != null) {
                into.addAll(byApp.getOrDefault(profile.getAppKey(), List.of()));
            }
            if (profile.getOriginCountry() != null) {
                into.addAll(byOrigin.getOrDefault(profile.getOriginCountry(), List.of()));
            }
        }

        static final class Builder {
            private final List<RuleFact> everyApp = new ArrayList<>();
            private final Map<String, List<RuleFact>> byVendor = new HashMap<>();
            private final Map<String, List<RuleFact>> byApp = new HashMap<>();
            private final Map<String, List<RuleFact>> byOrigin = new HashMap<>();

            void add(RuleFact rule) {
                if (rule.getSubjectVendors().isEmpty() && rule.getSubjectApps().isEmpty()
                        && rule.getSubjectOrigins().isEmpty()) {
                    everyApp.add(rule);
                }
                rule.getSubjectVendors().forEach(v -> byVendor.computeIfAbsent(v, k -> new ArrayList<>()).add(rule));
                rule.getSubjectApps().forEach(a -> byApp.computeIfAbsent(a, k -> new ArrayList<>()).add(rule));
                rule.getSubjectOrigins().forEach(o -> byOrigin.computeIfAbsent(o, k -> new ArrayList<>()).add(rule));
            }

            RuleIndex build() {
                Map<String, List<RuleFact>> vendors = new HashMap<>();
                byVendor.forEach((k, v) -> vendors.put(k, List.copyOf(v)));
                Map<String, List<RuleFact>> apps = new HashMap<>();
                byApp.forEach((k, v) -> apps.put(k, List.copyOf(v)));
                Map<String, List<RuleFact>> origins = new HashMap<>();
                byOrigin.forEach((k, v) -> origins.put(k, List.copyOf(v)));
                return new RuleIndex(List.copyOf(everyApp), Map.copyOf(vendors), Map.copyOf(apps), Map.copyOf(origins));
            }
        }
    }
}
