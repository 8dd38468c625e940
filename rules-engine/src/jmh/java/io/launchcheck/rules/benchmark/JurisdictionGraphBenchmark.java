package io.launchcheck.rules.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;
import io.launchcheck.api.Ruleset;
import io.launchcheck.rules.domain.JurisdictionGraph;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.RealRulePack;

/**
 * What the jurisdiction graph costs with the registry's real catalog (every ISO 3166-1 country, every ISO 3166-2
 * subdivision and the blocs, read from the registry's reference files) and the real rule pack: the walk of one target
 * as the rules engine does it for every target of every evaluation ({@link #reachOf}: the jurisdictions with rules
 * that reach the target), the registry's full walk ({@link #reaching}: every jurisdiction that reaches it), and the
 * snapshot a new ruleset version builds ({@link Snapshot}). {@code WORLD} walks from every country, as a world launch
 * map does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class JurisdictionGraphBenchmark {

    /** A subdivision, countries with few, some and many subdivisions, the two blocs, and every country. */
    @Param({"US-TX", "KR", "US", "FR", "EU", "EEA", "WORLD"})
    public String target;

    private List<String> targets;
    private RulesetSnapshot snapshot;
    private JurisdictionGraph graph;

    @Setup
    public void setUp() {
        Ruleset ruleset = realRuleset();
        snapshot = RulesetSnapshot.of(ruleset, Instant.now());
        graph = JurisdictionGraph.of(ruleset.jurisdictions());
        targets = target.equals("WORLD") ? snapshot.countries() : List.of(target);
        if (ruleset.jurisdictions().size() < 5_000 || reachOf() == 0) {
            throw new IllegalStateException("Expected the whole catalog and rules reaching " + target);
        }
    }

    /** The jurisdictions with rules that reach each target (how many, summed). */
    @Benchmark
    public int reachOf() {
        int reached = 0;
        for (String code : targets) {
            reached += snapshot.reachOf(0, code).size();
        }
        return reached;
    }

    /** Every jurisdiction that reaches each target (how many, summed). */
    @Benchmark
    public int reaching() {
        int reached = 0;
        for (String code : targets) {
            reached += graph.reaching(code).size();
        }
        return reached;
    }

    /**
     * The snapshot of a new ruleset version: with its jurisdiction graph ({@link #withGraph}), and keeping the graph of
     * the previous version ({@link #keepingGraph}), as the rules-service does while the jurisdictions stay the same.
     */
    @State(Scope.Benchmark)
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public static class Snapshot {

        private Ruleset ruleset;
        private RulesetSnapshot previous;

        @Setup
        public void setUp() {
            ruleset = realRuleset();
            previous = RulesetSnapshot.of(ruleset, Instant.now());
        }

        @Benchmark
        public RulesetSnapshot withGraph() {
            return RulesetSnapshot.of(ruleset, Instant.EPOCH);
        }

        @Benchmark
        public RulesetSnapshot keepingGraph() {
            return RulesetSnapshot.of(ruleset, Instant.EPOCH, previous);
        }
    }

    /** The real rule pack with the registry's whole catalog of jurisdictions. */
    static Ruleset realRuleset() {
        Ruleset pack = RealRulePack.ruleset(1, List.of());
        return new Ruleset(pack.version(), pack.changedAt(), pack.rules(), catalog(), pack.vendors(), pack.models(),
                null, "catalog");
    }

    /** The registry's catalog from its reference files, as the registry builds it (members and blocs named). */
    static List<Jurisdiction> catalog() {
        Path resources = RealRulePack.LOCATION.getParent().getParent();
        try {
            ObjectMapper json = new ObjectMapper();
            Map<String, Set<String>> blocsOf = new TreeMap<>();
            List<Jurisdiction> blocs = new ArrayList<>();
            for (JsonNode bloc : new YAMLMapper().readTree(resources.resolve("jurisdictions/blocs.yaml").toFile())) {
                List<String> members = new ArrayList<>();
                bloc.get("members").forEach(member -> members.add(member.asText()));
                members.forEach(member -> blocsOf.computeIfAbsent(member, m -> new TreeSet<>()).add(bloc.get("code").asText()));
                blocs.add(new Jurisdiction(bloc.get("code").asText(), bloc.get("name").asText(), JurisdictionType.BLOC,
                        null, List.of(), members));
            }
            Map<String, List<String>> subdivisionsOf = new TreeMap<>();
            List<Jurisdiction> all = new ArrayList<>(blocs);
            for (JsonNode sub : json.readTree(resources.resolve("iso/iso_3166-2.json").toFile()).get("3166-2")) {
                String code = sub.get("code").asText();
                String country = code.substring(0, code.indexOf('-'));
                subdivisionsOf.computeIfAbsent(country, c -> new ArrayList<>()).add(code);
                all.add(new Jurisdiction(code, sub.get("name").asText(), JurisdictionType.SUBDIVISION, country, List.of(),
                        List.of()));
            }
            for (JsonNode country : json.readTree(resources.resolve("iso/iso_3166-1.json").toFile()).get("3166-1")) {
                String code = country.get("alpha_2").asText();
                all.add(new Jurisdiction(code, country.get("name").asText(), JurisdictionType.COUNTRY, null,
                        List.copyOf(blocsOf.getOrDefault(code, Set.of())), subdivisionsOf.getOrDefault(code, List.of())));
            }
            return List.copyOf(all);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
