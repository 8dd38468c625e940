package io.launchcheck.rules.domain;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import io.launchcheck.api.Codes;
import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;

/**
 * Which jurisdictions contain which: a bloc its member countries (the countries naming it in {@code blocs}), a
 * country its ISO 3166-2 subdivisions (those naming it as {@code parent}). The one walk of docs/semantics.md,
 * "Which rules reach a target", used by the rules engine's index and by the registry's related-rules query.
 * Built from jurisdictions with or without {@code members}; codes are normalized ({@link Codes#normalize}) when
 * built, and looked up as given. Immutable.
 */
public final class JurisdictionGraph {

    /** One jurisdiction a walk reaches from a target. */
    @FunctionalInterface
    public interface Step {
        /**
         * @param via the jurisdiction in between, if any: the country of a subdivision target for its blocs, the
         *            member country of a bloc target for its subdivisions
         */
        void reached(String code, Relation relation, String via);
    }

    private final Map<String, Jurisdiction> byCode;
    private final Map<String, List<String>> blocMembers;
    private final Map<String, List<String>> subdivisions;
    private final List<String> countries;

    private JurisdictionGraph(Collection<Jurisdiction> jurisdictions) {
        Map<String, Jurisdiction> codes = new HashMap<>(jurisdictions.size() * 2);
        for (Jurisdiction j : jurisdictions) {
            codes.put(Codes.normalize(j.code()), j);
        }
        Map<String, List<String>> members = new HashMap<>();
        Map<String, List<String>> subs = new HashMap<>();
        List<String> allCountries = new ArrayList<>();
        codes.forEach((code, j) -> {
            if (j.type() == JurisdictionType.COUNTRY) {
                allCountries.add(code);
                for (String bloc : nonNull(j.blocs())) {
                    members.computeIfAbsent(Codes.normalize(bloc), b -> new ArrayList<>()).add(code);
                }
            } else if (j.type() == JurisdictionType.SUBDIVISION && j.parent() != null) {
                subs.computeIfAbsent(Codes.normalize(j.parent()), p -> new ArrayList<>()).add(code);
            }
        });
        Collections.sort(allCountries);
        this.byCode = Map.copyOf(codes);
        this.blocMembers = sortedCopy(members);
        this.subdivisions = sortedCopy(subs);
        this.countries = List.copyOf(allCountries);
    }

    private JurisdictionGraph(JurisdictionGraph graph, Map<String, List<String>> subdivisions) {
        this.byCode = graph.byCode;
        this.blocMembers = graph.blocMembers;
        this.countries = graph.countries;
        this.subdivisions = subdivisions;
    }

    /**
     * This graph with only the subdivisions among {@code codes} (normalized): a {@link #walk} from any target then
     * reaches the same jurisdictions among {@code codes}, in the same order, without visiting a subdivision outside
     * them. The rules engine's index walks it with the jurisdictions that have rules, so that a country or a bloc
     * target costs its blocs, members and the subdivisions with rules rather than every subdivision (a bloc's members
     * have about a thousand). {@link #subdivisionsOf} answers likewise; everything else is this graph's.
     */
    public JurisdictionGraph withSubdivisionsAmong(Collection<String> codes) {
        Map<String, List<String>> among = new HashMap<>();
        for (String code : codes) {
            Jurisdiction j = byCode.get(code);
            if (j != null && j.type() == JurisdictionType.SUBDIVISION && j.parent() != null) {
                among.computeIfAbsent(Codes.normalize(j.parent()), p -> new ArrayList<>()).add(code);
            }
        }
        return new JurisdictionGraph(this, sortedCopy(among));
    }

    public static JurisdictionGraph of(Collection<Jurisdiction> jurisdictions) {
        return new JurisdictionGraph(jurisdictions == null ? List.of() : jurisdictions);
    }

    /** The jurisdiction with this (normalized) code. */
    public Optional<Jurisdiction> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** Whether the (normalized) code is a jurisdiction of this graph. */
    public boolean knows(String code) {
        return code != null && byCode.containsKey(code);
    }

    /** The type of a jurisdiction (code normalized), if the graph knows it. */
    public Optional<JurisdictionType> typeOf(String code) {
        return find(code).map(Jurisdiction::type);
    }

    /** Every country (ISO 3166-1), by code. */
    public List<String> countries() {
        return countries;
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
        Jurisdiction j = find(code).orElse(null);
        return j == null || j.type() != JurisdictionType.SUBDIVISION ? null : Codes.normalize(j.parent());
    }

    /**
     * Walks from a target to every jurisdiction whose rules may reach it, in this order: the target itself (even
     * when the graph does not know it); then for a country its blocs and its subdivisions; for a subdivision its
     * country and that country's blocs; for a bloc each member country followed by that country's subdivisions.
     */
    public void walk(String target, Step step) {
        step.reached(target, Relation.SELF, null);
        Jurisdiction j = byCode.get(target);
        if (j == null) {
            return;
        }
        switch (j.type()) {
            case COUNTRY -> {
                for (String bloc : nonNull(j.blocs())) {
                    step.reached(Codes.normalize(bloc), Relation.BLOC, null);
                }
                for (String sub : subdivisionsOf(target)) {
                    step.reached(sub, Relation.SUBDIVISION, null);
                }
            }
            case SUBDIVISION -> {
                String country = Codes.normalize(j.parent());
                if (country != null) {
                    step.reached(country, Relation.COUNTRY, null);
                    Jurisdiction parent = byCode.get(country);
                    for (String bloc : parent == null ? List.<String>of() : nonNull(parent.blocs())) {
                        step.reached(Codes.normalize(bloc), Relation.BLOC, country);
                    }
                }
            }
            case BLOC -> {
                for (String member : membersOf(target)) {
                    step.reached(member, Relation.MEMBER, null);
                    for (String sub : subdivisionsOf(member)) {
                        step.reached(sub, Relation.MEMBER, member);
                    }
                }
            }
        }
    }

    /** The codes {@link #walk} reaches from a target, the target included, sorted by code. */
    public Set<String> reaching(String target) {
        Set<String> codes = new TreeSet<>();
        walk(target, (code, relation, via) -> codes.add(code));
        return codes;
    }

    /** The countries a jurisdiction stands for: itself, a subdivision's country, or a bloc's members. */
    public Set<String> homeCountriesOf(String code) {
        Jurisdiction j = byCode.get(code);
        if (j == null) {
            return Set.of(code);
        }
        return switch (j.type()) {
            case COUNTRY -> Set.of(code);
            case SUBDIVISION -> j.parent() == null ? Set.of(code) : Set.of(Codes.normalize(j.parent()));
            case BLOC -> Set.copyOf(membersOf(code));
        };
    }

    /** Country and bloc codes (any case), blocs expanded to their member countries, in the order given. */
    public Set<String> countriesOf(Collection<String> codes) {
        Set<String> result = new LinkedHashSet<>();
        for (String raw : nonNull(codes)) {
            String code = Codes.normalize(raw);
            Jurisdiction j = byCode.get(code);
            if (j != null && j.type() == JurisdictionType.BLOC) {
                result.addAll(membersOf(code));
            } else {
                result.add(code);
            }
        }
        return result;
    }

    private static Map<String, List<String>> sortedCopy(Map<String, List<String>> map) {
        Map<String, List<String>> frozen = new HashMap<>();
        map.forEach((k, v) -> {
            List<String> sorted = new ArrayList<>(v);
            Collections.sort(sorted);
            frozen.put(k, List.copyOf(sorted));
        });
        return Map.copyOf(frozen);
    }

    private static <T> Collection<T> nonNull(Collection<T> items) {
        return items == null ? List.of() : items;
    }
}
