package io.launchcheck.rules.benchmark;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.launchcheck.api.Rule;
import io.launchcheck.api.Ruleset;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.service.ComplianceKnowledgeBase;
import io.launchcheck.rules.testing.RealRulePack;

/**
 * Memory the rules-service needs for a ruleset: heap in use after full collections, before and after the
 * ruleset is read from its JSON (as the service receives it from the registry) and turned into a
 * {@link RulesetSnapshot}; the knowledge base (the compiled DRL, the same whatever the registry holds)
 * apart. Two kinds of rules: the synthetic ones of {@link EvaluationBenchmark} (short texts), and copies of
 * the real rule pack's rules (their real summaries, legal bases and sources), each copy with its own id.
 *
 * <p>Run: {@code ./mvnw -B -q -pl rules-service -am -Pbenchmark test -Djmh.main=io.launchcheck.rules.benchmark.RulesetFootprint -Djmh.args=}
 */
public final class RulesetFootprint {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Keeps what is measured reachable while the heap is measured. */
    private static Object retained;

    private RulesetFootprint() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Java %s, max heap %d MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20);
        long before = usedAfterGc();
        retained = new ComplianceKnowledgeBase();
        System.out.printf(Locale.ROOT, "Knowledge base (compiled DRL, built once): %.1f MiB%n%n", mib(usedAfterGc() - before));
        retained = null;

        System.out.println("| rules | kind of rules | JSON MiB | parse ms | Ruleset as parsed MiB | snapshot build ms | snapshot retained MiB | per 10,000 rules MiB |");
        System.out.println("|---:|---|---:|---:|---:|---:|---:|---:|");
        for (int size : new int[] {10_000, 100_000}) {
            measure(size, "synthetic (short texts)", EvaluationBenchmark.registry(size));
            measure(size, "copies of the real pack", realCopies(size));
        }
    }

    private static void measure(int size, String kind, Ruleset source) throws Exception {
        byte[] json = JSON.writeValueAsBytes(source);
        source = null;
        long empty = usedAfterGc();
        long start = System.nanoTime();
        Ruleset parsed = JSON.readValue(json, Ruleset.class);
        double parseMs = (System.nanoTime() - start) / 1e6;
        retained = parsed;
        long withRuleset = usedAfterGc();
        start = System.nanoTime();
        RulesetSnapshot snapshot = RulesetSnapshot.of(parsed, Instant.now());
        double buildMs = (System.nanoTime() - start) / 1e6;
        parsed = null;
        retained = snapshot;
        long withSnapshot = usedAfterGc();
        if (snapshot.ruleCount() != size) {
            throw new IllegalStateException("expected " + size + " rules");
        }
        double retainedMib = mib(withSnapshot - empty);
        System.out.printf(Locale.ROOT, "| %,d | %s | %.1f | %.0f | %.1f | %.0f | %.1f | %.1f |%n", size, kind,
                mib(json.length), parseMs, mib(withRuleset - empty), buildMs, retainedMib, retainedMib * 10_000 / size);
        retained = null;
    }

    /** The real pack's rules again and again, each copy with its own id, on its real jurisdictions. */
    private static Ruleset realCopies(int size) {
        Ruleset real = EvaluationBenchmark.registry(100);
        List<Rule> pack = RealRulePack.rules();
        List<Rule> rules = new ArrayList<>(size);
        for (int i = 0; rules.size() < size; i++) {
            Rule r = pack.get(i % pack.size());
            rules.add(new Rule(r.id() + "-" + i, r.jurisdiction(), r.organization(), r.kind(), r.title(), r.subject(),
                    r.covers(), r.segments(), r.sectors(), r.hostingModes(), r.requirement(), r.personalDataOnly(), r.severity(),
                    r.status(), r.effectiveFrom(), r.effectiveTo(), r.dateNote(), r.summary(), r.legalBasis(),
                    r.authority(), r.sourceUrl(), r.sources(), r.remediation(), r.scope(), r.hostingRationale(),
                    r.confidence(), r.reviewedOn(), r.version(), r.useCases(), r.roles()));
        }
        return new Ruleset(size, Instant.now(), rules, real.jurisdictions(), real.vendors(), real.models());
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double mib(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }
}
