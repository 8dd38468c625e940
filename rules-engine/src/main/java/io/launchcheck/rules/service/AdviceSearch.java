package io.launchcheck.rules.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

import io.launchcheck.api.Advice;
import io.launchcheck.api.Advice.Lever;
import io.launchcheck.api.Advice.ProfileChange;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Identity;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.JurisdictionType;
import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleRequirement;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.rules.domain.RulesetSnapshot;

/**
 * Verified advice: for every NON_COMPLIANT or NEEDS_REVIEW target of an evaluation, the smallest profile changes
 * that make it less severe. Every candidate is re-judged by the same {@link ProfileEvaluator} against the same
 * {@link RulesetSnapshot}; only a change whose re-judged verdict is milder is advice. Nothing is inferred from the
 * rules' text.
 *
 * <p>The search is bounded (docs/semantics.md, "Advice"):
 * <ol>
 * <li>Single levers. Profile-wide: self-host, no personal data, up to {@value #MAX_OPERATORS} third-party operators
 * and up to {@value #MAX_MODELS} model families of other developers. Per target: store data in the target's country
 * or a country its data-location findings require (at most {@value #MAX_DATA_COUNTRIES}), drop one of its segments
 * (only when it names more than one) or one of its sectors.</li>
 * <li>Pairs of the {@value #BEST_SINGLES} best single levers of a target (ranked by re-judged verdict, then blocking
 * findings, then findings), for targets no single lever made COMPLIANT, when the two change different things.</li>
 * </ol>
 * Candidates with the same changes are judged once for every target they concern, and only on those targets (a
 * target's verdict depends on the profile and that target alone), so a world launch map costs one judgement per
 * distinct change, not one per target and change. At most {@value #MAX_ADVICE} advice per target, best first: the
 * mildest verdict, then the fewest changes, then the fewest added rules, then the order of the levers, storing data in
 * the target's own country first.
 */
public final class AdviceSearch {

    static final int MAX_OPERATORS = 2;
    static final int MAX_MODELS = 3;
    static final int MAX_DATA_COUNTRIES = 3;
    static final int BEST_SINGLES = 3;
    static final int MAX_ADVICE = 3;

    private static final Set<RuleKind> DATA_KINDS = EnumSet.of(RuleKind.DATA_LOCALIZATION,
            RuleKind.CROSS_BORDER_TRANSFER);

    private final ProfileEvaluator evaluator;

    public AdviceSearch(ProfileEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    /**
     * One change with the profile transformation it stands for; {@code target} is the one target a local change
     * (a segment or sector dropped) touches, -1 for a change of the whole profile.
     */
    private record Change(ProfileChange publicForm, UnaryOperator<DeploymentProfile> apply, String group, int target) {

        Change(ProfileChange publicForm, UnaryOperator<DeploymentProfile> apply, String group) {
            this(publicForm, apply, group, -1);
        }

        boolean local() {
            return target >= 0;
        }
    }

    /** One or two changes, judged together. */
    private record Variant(List<Change> changes) {

        DeploymentProfile apply(DeploymentProfile profile) {
            DeploymentProfile changed = profile;
            for (Change change : changes) {
                changed = change.apply().apply(changed);
            }
            return changed;
        }

        String key() {
            return keyOf(changes);
        }

        /** The key of the changes of the whole profile only. */
        String globalKey() {
            return keyOf(changes.stream().filter(c -> !c.local()).toList());
        }

        /** The one target of its local changes, -1 when it has none. */
        int localTarget() {
            return changes.stream().filter(Change::local).mapToInt(Change::target).findFirst().orElse(-1);
        }

        private static String keyOf(List<Change> changes) {
            StringBuilder key = new StringBuilder();
            changes.stream().map(c -> c.publicForm().lever() + ":" + c.publicForm().field() + "=" + c.publicForm().value())
                    .sorted().forEach(k -> key.append(k).append(';'));
            return key.toString();
        }
    }

    /** A re-judged variant for one target. */
    private record Outcome(Variant variant, JurisdictionResult result) {

        int blocking() {
            return (int) result.findings().stream().filter(f -> f.severity() == io.launchcheck.api.Severity.BLOCKING).count();
        }
    }

    /** The evaluation's results, each NON_COMPLIANT or NEEDS_REVIEW one with its advice (possibly none found). */
    public Evaluation advise(RulesetSnapshot ruleset, DeploymentProfile profile, LocalDate asOf, Evaluation base) {
        List<JurisdictionResult> results = base.results();
        List<Integer> failing = new ArrayList<>();
        for (int i = 0; i < results.size(); i++) {
            if (results.get(i).verdict() != Verdict.COMPLIANT) {
                failing.add(i);
            }
        }
        if (failing.isEmpty()) {
            return base;
        }
        DeploymentProfile judged = profile.withAsOf(asOf);

        Map<String, Variant> variants = new LinkedHashMap<>();
        Map<String, Set<Integer>> concerns = new LinkedHashMap<>();
        for (Change change : profileWide(ruleset, judged, base.identity())) {
            add(variants, concerns, new Variant(List.of(change)), failing);
        }
        for (int i : failing) {
            for (Change change : perTarget(ruleset, judged, i, results.get(i))) {
                add(variants, concerns, new Variant(List.of(change)), List.of(i));
            }
        }
        Map<Integer, List<Outcome>> outcomes = judgeAll(ruleset, judged, asOf, variants, concerns);

        Map<String, Variant> pairs = new LinkedHashMap<>();
        Map<String, Set<Integer>> pairConcerns = new LinkedHashMap<>();
        for (int i : failing) {
            List<Outcome> singles = outcomes.getOrDefault(i, List.of());
            if (singles.stream().anyMatch(o -> o.result().verdict() == Verdict.COMPLIANT)) {
                continue;
            }
            Set<String> before = ruleIds(results.get(i));
            List<Outcome> best = singles.stream()
                    .filter(o -> cleared(before, o.result()) > 0)
                    .sorted(rank()).limit(BEST_SINGLES).toList();
            for (int a = 0; a < best.size(); a++) {
                for (int b = a + 1; b < best.size(); b++) {
                    Change first = best.get(a).variant().changes().get(0);
                    Change second = best.get(b).variant().changes().get(0);
                    if (!first.group().equals(second.group())) {
                        add(pairs, pairConcerns, new Variant(List.of(first, second)), List.of(i));
                    }
                }
            }
        }
        Map<Integer, List<Outcome>> pairOutcomes = judgeAll(ruleset, judged, asOf, pairs, pairConcerns);

        List<JurisdictionResult> advised = new ArrayList<>(results.size());
        for (int i = 0; i < results.size(); i++) {
            JurisdictionResult result = results.get(i);
            if (result.verdict() == Verdict.COMPLIANT) {
                advised.add(result);
                continue;
            }
            List<Outcome> candidates = new ArrayList<>(outcomes.getOrDefault(i, List.of()));
            List<Outcome> singlesMilder = candidates.stream()
                    .filter(o -> o.result().verdict().ordinal() < result.verdict().ordinal()).toList();
            for (Outcome pair : pairOutcomes.getOrDefault(i, List.of())) {
                boolean milder = pair.result().verdict().ordinal() < result.verdict().ordinal();
                boolean singleAsGood = singlesMilder.stream()
                        .anyMatch(s -> pair.variant().changes().contains(s.variant().changes().get(0))
                                && s.result().verdict().ordinal() <= pair.result().verdict().ordinal());
                if (milder && !singleAsGood) {
                    candidates.add(pair);
                }
            }
            Set<String> before = ruleIds(result);
            List<Advice> advice = candidates.stream()
                    .filter(o -> o.result().verdict().ordinal() < result.verdict().ordinal())
                    .sorted(Comparator.comparingInt((Outcome o) -> o.result().verdict().ordinal())
                            .thenComparingInt(o -> o.variant().changes().size())
                            .thenComparingInt(o -> added(before, o.result()).size())
                            .thenComparingInt(o -> o.variant().changes().get(0).publicForm().lever().ordinal())
                            .thenComparing(o -> !home(ruleset, result.jurisdiction(), o.variant())))
                    .limit(MAX_ADVICE)
                    .map(o -> new Advice(o.variant().changes().stream().map(Change::publicForm).toList(),
                            o.result().verdict(), clearedIds(before, o.result()), added(before, o.result())))
                    .toList();
            advised.add(result.withAdvice(advice));
        }
        return base.withResults(advised);
    }

    /** Whether a variant stores the data in the target's own country (preferred among equals). */
    private static boolean home(RulesetSnapshot ruleset, String jurisdiction, Variant variant) {
        String country = ruleset.parentOf(jurisdiction) != null ? ruleset.parentOf(jurisdiction) : jurisdiction;
        return variant.changes().stream().anyMatch(c -> c.publicForm().lever() == Lever.STORE_DATA_IN
                && country.equals(c.publicForm().value()));
    }

    private static void add(Map<String, Variant> variants, Map<String, Set<Integer>> concerns, Variant variant,
            List<Integer> targets) {
        String key = variant.key();
        variants.putIfAbsent(key, variant);
        concerns.computeIfAbsent(key, k -> new TreeSet<>()).addAll(targets);
    }

    /**
     * Judges each variant once, on the targets it concerns only; a variant the evaluator refuses gives no advice.
     * Variants whose own changes touch a single target (a segment or sector dropped, alone or with a change of the
     * whole profile) are judged together, one session for as many targets as share the same whole-profile changes:
     * a target's result depends on the profile and that target alone, so dropping a segment of one target does not
     * change another's result.
     */
    private Map<Integer, List<Outcome>> judgeAll(RulesetSnapshot ruleset, DeploymentProfile profile, LocalDate asOf,
            Map<String, Variant> variants, Map<String, Set<Integer>> concerns) {
        Map<Integer, List<Outcome>> outcomes = new LinkedHashMap<>();
        Map<String, List<Map<Integer, Variant>>> rounds = new LinkedHashMap<>();
        for (Map.Entry<String, Variant> entry : variants.entrySet()) {
            Variant variant = entry.getValue();
            int local = variant.localTarget();
            if (local < 0) {
                List<Integer> targets = List.copyOf(concerns.get(entry.getKey()));
                judge(ruleset, variant.apply(profile), asOf, targets, targets.stream().map(t -> variant).toList(), outcomes);
                continue;
            }
            List<Map<Integer, Variant>> byGlobal = rounds.computeIfAbsent(variant.globalKey(), k -> new ArrayList<>());
            Map<Integer, Variant> round = byGlobal.stream().filter(r -> !r.containsKey(local)).findFirst().orElse(null);
            if (round == null) {
                round = new LinkedHashMap<>();
                byGlobal.add(round);
            }
            round.put(local, variant);
        }
        for (List<Map<Integer, Variant>> byGlobal : rounds.values()) {
            for (Map<Integer, Variant> round : byGlobal) {
                DeploymentProfile changed = profile;
                boolean global = true;
                for (Variant variant : round.values()) {
                    for (Change change : variant.changes()) {
                        if (change.local() || global) {
                            changed = change.apply().apply(changed);
                        }
                    }
                    global = false;
                }
                List<Integer> targets = new ArrayList<>(new TreeSet<>(round.keySet()));
                judge(ruleset, changed, asOf, targets, targets.stream().map(round::get).toList(), outcomes);
            }
        }
        return outcomes;
    }

    /** Judges the changed profile on some of its targets, each result the outcome of its variant. */
    private void judge(RulesetSnapshot ruleset, DeploymentProfile changed, LocalDate asOf, List<Integer> targets,
            List<Variant> variantOfTarget, Map<Integer, List<Outcome>> outcomes) {
        List<DeploymentProfile.Target> subset = targets.stream().map(i -> changed.targets().get(i)).toList();
        Evaluation evaluation;
        try {
            evaluation = evaluator.evaluate(ruleset, changed.withTargets(subset).withAsOf(asOf), asOf, false);
        } catch (ProblemException refused) {
            return;
        }
        for (int k = 0; k < targets.size(); k++) {
            outcomes.computeIfAbsent(targets.get(k), t -> new ArrayList<>())
                    .add(new Outcome(variantOfTarget.get(k), evaluation.results().get(k)));
        }
    }

    private static Comparator<Outcome> rank() {
        return Comparator.comparingInt((Outcome o) -> o.result().verdict().ordinal())
                .thenComparingInt(Outcome::blocking)
                .thenComparingInt(o -> o.result().findings().size());
    }

    // ---- the levers -------------------------------------------------------------------------------------------

    private static List<Change> profileWide(RulesetSnapshot ruleset, DeploymentProfile profile, Identity identity) {
        List<Change> changes = new ArrayList<>();
        DeploymentProfile.Hosting hosting = profile.hosting();
        if (hosting.mode() != HostingMode.SELF_HOSTED) {
            changes.add(new Change(new ProfileChange(Lever.SELF_HOST, "hosting.mode", HostingMode.SELF_HOSTED.name(),
                    "Run the model on your own servers instead of " + (hosting.mode() == HostingMode.VENDOR_API
                            ? "the vendor's API" : "a third party's service")),
                    p -> withHosting(p, new DeploymentProfile.Hosting(HostingMode.SELF_HOSTED, null,
                            p.hosting().dataCountries())), "mode"));
        }
        if (!Boolean.FALSE.equals(profile.processesPersonalData())) {
            changes.add(new Change(new ProfileChange(Lever.NO_PERSONAL_DATA, "processesPersonalData", "false",
                    "Do not process personal data of the users"),
                    p -> p.withProcessesPersonalData(Boolean.FALSE), "personal-data"));
        }
        String developer = identity == null || identity.developer() == null ? null : identity.developer().id();
        String operator = identity == null || identity.operator() == null ? null : identity.operator().id();
        if (hosting.mode() != HostingMode.SELF_HOSTED) {
            Set<String> developers = new HashSet<>();
            ruleset.models().forEach(m -> developers.add(m.developer()));
            int operators = 0;
            for (Vendor vendor : ruleset.vendors()) {
                if (operators == MAX_OPERATORS) {
                    break;
                }
                if (developers.contains(vendor.id()) || ruleset.namedByRules(vendor.id())
                        || vendor.id().equals(operator) || vendor.id().equals(developer)) {
                    continue;
                }
                operators++;
                changes.add(new Change(new ProfileChange(Lever.OTHER_OPERATOR, "hosting.operator", vendor.name(),
                        "Have " + vendor.name() + " run the model (hosting.mode THIRD_PARTY) instead of "
                                + (operator == null ? "the current operator" : identity.operator().name())),
                        p -> withHosting(p, new DeploymentProfile.Hosting(HostingMode.THIRD_PARTY, vendor.name(),
                                p.hosting().dataCountries())), "mode"));
            }
        }
        Set<String> seenDevelopers = new HashSet<>();
        for (ModelFamily family : ruleset.models()) {
            if (seenDevelopers.size() == MAX_MODELS) {
                break;
            }
            String familyDeveloper = ruleset.resolveVendor(family.developer()).map(Vendor::id).orElse(null);
            if (familyDeveloper == null || familyDeveloper.equals(developer) || ruleset.namedByRules(familyDeveloper)
                    || family.identifiers() == null || family.identifiers().isEmpty()
                    || (hosting.mode() == HostingMode.SELF_HOSTED && !family.openWeights())
                    || !seenDevelopers.add(familyDeveloper)) {
                continue;
            }
            Vendor vendor = ruleset.resolveVendor(familyDeveloper).orElseThrow();
            String model = family.identifiers().get(0);
            changes.add(new Change(new ProfileChange(Lever.OTHER_MODEL, "app.model", model,
                    "Use " + family.name() + " (developed by " + vendor.name() + ") instead"
                            + (identity != null && identity.model() != null ? " of " + identity.model().name() : "")),
                    p -> {
                        DeploymentProfile.Hosting h = p.hosting();
                        // the vendor's own API becomes the new developer's; a named operator keeps running it
                        DeploymentProfile.Hosting kept = h.mode() == HostingMode.VENDOR_API
                                ? new DeploymentProfile.Hosting(h.mode(), null, h.dataCountries()) : h;
                        return p.withApp(new DeploymentProfile.App(p.app().name(), vendor.name(), model, null))
                                .withHosting(kept);
                    }, "model"));
        }
        return changes;
    }

    private static List<Change> perTarget(RulesetSnapshot ruleset, DeploymentProfile profile, int index,
            JurisdictionResult result) {
        List<Change> changes = new ArrayList<>();
        DeploymentProfile.Target target = profile.targets().get(index);
        String field = "targets[" + index + "]";

        if (result.findings().stream().anyMatch(f -> DATA_KINDS.contains(f.kind()))) {
            Set<String> countries = new LinkedHashSet<>();
            String code = result.jurisdiction();
            ruleset.typeOf(code).ifPresent(type -> {
                if (type == JurisdictionType.COUNTRY) {
                    countries.add(code);
                } else if (type == JurisdictionType.SUBDIVISION && ruleset.parentOf(code) != null) {
                    countries.add(ruleset.parentOf(code));
                }
            });
            for (Finding finding : result.findings()) {
                if (!DATA_KINDS.contains(finding.kind())) {
                    continue;
                }
                RuleRequirement requirement = ruleset.rule(finding.ruleId()).map(Rule::requirement).orElse(null);
                if (requirement != null) {
                    countriesOf(ruleset, requirement.storageCountries(), countries);
                    countriesOf(ruleset, requirement.allowedDestinations(), countries);
                }
            }
            List<String> current = profile.hosting().dataCountries() == null ? List.of() : profile.hosting().dataCountries();
            countries.stream().filter(c -> !current.equals(List.of(c))).limit(MAX_DATA_COUNTRIES).forEach(country ->
                    changes.add(new Change(new ProfileChange(Lever.STORE_DATA_IN, "hosting.dataCountries", country,
                            "Store and process user data in " + country + " only"),
                            p -> withHosting(p, new DeploymentProfile.Hosting(p.hosting().mode(), p.hosting().operator(),
                                    List.of(country))), "data")));
        }
        Set<Segment> segments = target.segments() == null ? Set.of() : target.segments();
        if (segments.size() > 1) {
            for (Segment segment : segments) {
                changes.add(new Change(new ProfileChange(Lever.DROP_SEGMENT, field + ".segments", segment.name(),
                        "Do not serve " + segment + " users in " + result.jurisdiction()),
                        p -> withTarget(p, index, t -> new DeploymentProfile.Target(t.jurisdiction(),
                                without(t.segments(), segment), t.sectors(), t.organizations())), "segment:" + segment,
                        index));
            }
        }
        Set<Sector> sectors = target.sectors() == null ? Set.of() : target.sectors();
        for (Sector sector : sectors) {
            changes.add(new Change(new ProfileChange(Lever.DROP_SECTOR, field + ".sectors", sector.name(),
                    "Do not serve the " + sector + " sector in " + result.jurisdiction()),
                    p -> withTarget(p, index, t -> new DeploymentProfile.Target(t.jurisdiction(), t.segments(),
                            without(t.sectors(), sector), t.organizations())), "sector:" + sector, index));
        }
        return changes;
    }

    private static void countriesOf(RulesetSnapshot ruleset, List<String> codes, Set<String> into) {
        if (codes == null) {
            return;
        }
        for (String raw : codes) {
            String code = io.launchcheck.api.Codes.normalize(raw);
            if (ruleset.typeOf(code).orElse(null) == JurisdictionType.BLOC) {
                into.addAll(ruleset.membersOf(code));
            } else if (ruleset.knows(code)) {
                into.add(code);
            }
        }
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    private static DeploymentProfile withHosting(DeploymentProfile p, DeploymentProfile.Hosting hosting) {
        return p.withHosting(hosting);
    }

    private static DeploymentProfile withTarget(DeploymentProfile p, int index,
            UnaryOperator<DeploymentProfile.Target> change) {
        List<DeploymentProfile.Target> targets = new ArrayList<>(p.targets());
        targets.set(index, change.apply(targets.get(index)));
        return p.withTargets(targets);
    }

    private static <E extends Enum<E>> Set<E> without(Set<E> values, E value) {
        Set<E> rest = new LinkedHashSet<>(values);
        rest.remove(value);
        return Set.copyOf(rest);
    }

    private static Set<String> ruleIds(JurisdictionResult result) {
        Set<String> ids = new LinkedHashSet<>();
        result.findings().forEach(f -> ids.add(f.ruleId()));
        return ids;
    }

    private static int cleared(Set<String> before, JurisdictionResult after) {
        return clearedIds(before, after).size();
    }

    private static List<String> clearedIds(Set<String> before, JurisdictionResult after) {
        Set<String> now = ruleIds(after);
        return before.stream().filter(id -> !now.contains(id)).toList();
    }

    private static List<String> added(Set<String> before, JurisdictionResult after) {
        return ruleIds(after).stream().filter(id -> !before.contains(id)).toList();
    }
}
