package io.launchcheck.rules.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Jurisdiction;
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
    private final Graph graph;
    private final Map<String, Jurisdiction> jurisdictions;
    private final Map<String, List<String>> blocMembers;
    private final Map<String, List<String>> subdivisionsWithRules;
    private final Map<String, RuleIndex> rulesByJurisdiction;
    private final VendorNames vendors;
    private final IdentityResolver identities;
    private final List<String> countries;
    private final Map<String, List<String>> subdivisions;
    private final Map<String, Rule> rulesById;
    private final List<Vendor> vendorList;
    private final List<ModelFamily> models;
    private final Set<String> vendorsNamedByRules;

    /**
     * The jurisdiction graph: every jurisdiction by code, bloc members, countries and subdivisions. Built once per
     * set of jurisdictions and kept by the next snapshot while the registry's jurisdictions stay the same (the same
     * digest), which is nearly always: they are reference data, about 5,400 with the subdivisions.
     */
    private record Graph(String digest, Map<String, Jurisdiction> byCode,
            Map<String, List<String>> blocMembers, List<String> countries, Map<String, List<String>> subdivisions) {

        static Graph of(List<Jurisdiction> given, String digest) {
            Map<String, Jurisdiction> byCode = new HashMap<>();
            Map<String, List<String>> members = new HashMap<>();
            for (Jurisdiction j : nonNull(given)) {
                byCode.put(Codes.normalize(j.code()), j);
            }
            List<String> allCountries = new ArrayList<>();
            Map<String, List<String>> allSubdivisions = new HashMap<>();
            for (Jurisdiction j : byCode.values()) {
                String code = Codes.normalize(j.code());
                if (j.type() == JurisdictionType.COUNTRY) {
                    allCountries.add(code);
                    for (String bloc : nonNull(j.blocs())) {
                        members.computeIfAbsent(Codes.normalize(bloc), b -> new ArrayList<>()).add(code);
                    }
                } else if (j.type() == JurisdictionType.SUBDIVISION && j.parent() != null) {
                    allSubdivisions.computeIfAbsent(Codes.normalize(j.parent()), p -> new ArrayList<>()).add(code);
                }
            }
            members.values().forEach(Collections::sort);
            Collections.sort(allCountries);
            allSubdivisions.values().forEach(Collections::sort);
            return new Graph(digest, Map.copyOf(byCode), freeze(members), List.copyOf(allCountries),
                    freeze(allSubdivisions));
        }
    }

    private RulesetSnapshot(Ruleset ruleset, Instant loadedAt, Graph graph) {
        this.version = ruleset.version();
        this.pack = ruleset.pack();
        this.changedAt = ruleset.changedAt();
        this.loadedAt = loadedAt;
        List<Rule> rules = ruleset.rules() == null ? List.of() : ruleset.rules();
        this.ruleCount = rules.size();

        this.graph = graph;
        this.jurisdictions = graph.byCode();
        this.blocMembers = graph.blocMembers();
        this.countries = graph.countries();
        this.subdivisions = graph.subdivisions();
        Map<String, Jurisdiction> byCode = graph.byCode();
        this.vendorList = List.copyOf(nonNull(ruleset.vendors()));
        this.models = List.copyOf(nonNull(ruleset.models()));

        this.vendors = VendorNames.of(nonNull(ruleset.vendors()));
        this.identities = new IdentityResolver(vendors, ModelNames.of(nonNull(ruleset.models())));

        Map<String, RuleIndex.Builder> index = new HashMap<>();
        Map<String, Set<String>> subdivisions = new HashMap<>();
        for (Rule rule : rules) {
            String code = Codes.normalize(rule.jurisdiction());
            RuleFact fact = factOf(rule, code);
            index.computeIfAbsent(code, c -> new RuleIndex.Builder()).add(fact);
            Jurisdiction j = byCode.get(code);
            if (j != null && j.type() == JurisdictionType.SUBDIVISION && j.parent() != null) {
                subdivisions.computeIfAbsent(Codes.normalize(j.parent()), p -> new java.util.TreeSet<>()).add(code);
            }
        }
        Map<String, Rule> byId = new HashMap<>();
        Set<String> named = new HashSet<>();
        for (Rule rule : rules) {
            byId.put(rule.id(), rule);
            if (rule.subject() != null) {
                for (String vendor : nonNull(rule.subject().vendors())) {
                    named.add(resolveVendor(vendor).map(Vendor::id).orElse(Keys.of(vendor)));
                }
            }
        }
        this.rulesById = Map.copyOf(byId);
        this.vendorsNamedByRules = Set.copyOf(named);
        Map<String, RuleIndex> built = new HashMap<>();
        index.forEach((code, builder) -> built.put(code, builder.build()));
        this.rulesByJurisdiction = Map.copyOf(built);
        Map<String, List<String>> subs = new HashMap<>();
        subdivisions.forEach((country, codes) -> subs.put(country, List.copyOf(codes)));
        this.subdivisionsWithRules = Map.copyOf(subs);
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
        boolean same = previous != null && digest != null && digest.equalsIgnoreCase(previous.graph.digest());
        if (ruleset.jurisdictions() == null && !same) {
            throw new IllegalArgumentException("ruleset version " + ruleset.version() + " left out jurisdictions "
                    + digest + ", which are not held here");
        }
        return new RulesetSnapshot(ruleset, loadedAt, same ? previous.graph : Graph.of(ruleset.jurisdictions(), digest));
    }

    /** The digest of this snapshot's jurisdictions as the registry named it ({@code Ruleset.jurisdictionsDigest}); null if it named none. */
    public String jurisdictionsDigest() {
        return graph.digest();
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
        return jurisdictions.containsKey(code);
    }

    /** Every country (ISO 3166-1) of this ruleset's jurisdictions, by code. */
    public List<String> countries() {
        return countries;
    }

    /** The type of a jurisdiction (code normalized), if this ruleset knows it. */
    public Optional<JurisdictionType> typeOf(String code) {
        return Optional.ofNullable(jurisdictions.get(code)).map(Jurisdiction::type);
    }

    /** A bloc's member countries, by code (empty for anything but a bloc). */
    public List<String> membersOf(String bloc) {
        return blocMembers.getOrDefault(bloc, List.of());
    }

    /** A country's ISO 3166-2 subdivisions, by code. */
    public List<String> subdivisionsOf(String country) {
        return subdivisions.getOrDefault(country, List.of());
    }

    /** A subdivision's country (code normalized); null for anything else. */
    public String parentOf(String code) {
        Jurisdiction j = jurisdictions.get(code);
        return j == null || j.type() != JurisdictionType.SUBDIVISION ? null : Codes.normalize(j.parent());
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
     * jurisdictions that have rules are listed.
     */
    public List<Reach> reachOf(int targetIndex, String target) {
        List<Reach> reach = new ArrayList<>();
        Jurisdiction j = jurisdictions.get(target);
        addIfRules(reach, targetIndex, target, target, Relation.SELF, null);
        if (j == null) {
            return reach;
        }
        switch (j.type()) {
            case COUNTRY -> {
                for (String bloc : nonNull(j.blocs())) {
                    addIfRules(reach, targetIndex, target, Codes.normalize(bloc), Relation.BLOC, null);
                }
                for (String sub : subdivisionsWithRules.getOrDefault(target, List.of())) {
                    addIfRules(reach, targetIndex, target, sub, Relation.SUBDIVISION, null);
                }
            }
            case SUBDIVISION -> {
                String country = Codes.normalize(j.parent());
                if (country != null) {
                    addIfRules(reach, targetIndex, target, country, Relation.COUNTRY, null);
                    Jurisdiction parent = jurisdictions.get(country);
                    for (String bloc : parent == null ? List.<String>of() : nonNull(parent.blocs())) {
                        addIfRules(reach, targetIndex, target, Codes.normalize(bloc), Relation.BLOC, country);
                    }
                }
            }
            case BLOC -> {
                for (String member : blocMembers.getOrDefault(target, List.of())) {
                    addIfRules(reach, targetIndex, target, member, Relation.MEMBER, null);
                    for (String sub : subdivisionsWithRules.getOrDefault(member, List.of())) {
                        addIfRules(reach, targetIndex, target, sub, Relation.MEMBER, member);
                    }
                }
            }
        }
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

    private void addIfRules(List<Reach> reach, int targetIndex, String target, String code, Relation relation,
            String via) {
        if (code != null && rulesByJurisdiction.containsKey(code)) {
            reach.add(new Reach(targetIndex, target, code, relation, via));
        }
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
        Set<String> storage = countriesOf(requirement == null ? null : requirement.storageCountries());
        Set<String> allowed = countriesOf(requirement == null ? null : requirement.allowedDestinations());
        return new RuleFact(normalized(rule, code), vendors, apps, origins, homeCountriesOf(code), storage, allowed);
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

    /** The countries a jurisdiction stands for: itself, a subdivision's country, or a bloc's members. */
    private Set<String> homeCountriesOf(String code) {
        Jurisdiction j = jurisdictions.get(code);
        if (j == null) {
            return Set.of(code);
        }
        return switch (j.type()) {
            case COUNTRY -> Set.of(code);
            case SUBDIVISION -> j.parent() == null ? Set.of(code) : Set.of(Codes.normalize(j.parent()));
            case BLOC -> Set.copyOf(blocMembers.getOrDefault(code, List.of()));
        };
    }

    /** Country and bloc codes, blocs expanded to their member countries. */
    private Set<String> countriesOf(Collection<String> codes) {
        Set<String> countries = new LinkedHashSet<>();
        for (String raw : nonNull(codes)) {
            String code = Codes.normalize(raw);
            Jurisdiction j = jurisdictions.get(code);
            if (j != null && j.type() == JurisdictionType.BLOC) {
                countries.addAll(blocMembers.getOrDefault(code, List.of()));
            } else {
                countries.add(code);
            }
        }
        return countries;
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> map) {
        Map<String, List<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
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
