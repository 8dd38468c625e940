package io.launchcheck.rules.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
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

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Vendor;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.service.ComplianceKnowledgeBase;
import io.launchcheck.rules.service.ProfileEvaluator;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;

/**
 * Time to judge one deployment profile, through the code path of {@code POST /api/v1/evaluations} without
 * HTTP: ruleset snapshot (index lookups, jurisdiction graph) + knowledge base + a fresh session per profile
 * ({@link #evaluate}), beside the same rules written as plain Java ({@link #baseline}, {@link JavaBaseline}) on
 * the same snapshot, so the cost of the rules engine is a ratio. Setup checks that both give the same answer.
 *
 * <p>The registry holds the real rule pack plus synthetic rules up to {@code rules}, spread evenly over
 * about 250 countries and subdivisions (including every target), each naming one of 500 synthetic vendors
 * or apps, with every kind, segment, sector, hosting mode and status. The profile is DeepSeek through its
 * API serving government and consumers, so every real DeepSeek rule of the targets is judged.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class EvaluationBenchmark {

    /** Targets in the order a profile lists them: the real pack's busiest jurisdictions first, blocs and whole countries included. */
    static final List<String> TARGETS = List.of("KR", "US-TX", "IT", "US", "EU", "FR", "DE", "JP", "IN", "CN",
            "RU", "TW", "AU", "NL", "BE", "IE", "LU", "CZ", "VN", "ID", "KZ", "NG", "SA", "IR", "US-NY", "US-VA",
            "US-LA", "US-KS", "JP-24", "AU-NSW", "AT", "BG", "HR", "CY", "DK", "EE", "FI", "GR", "HU", "LV", "LT",
            "MT", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "CH");

    @Param({"100", "1000", "10000", "100000"})
    public int rules;

    @Param({"1", "10", "50"})
    public int targets;

    /** Loggers kept so their levels stick; the service logs at INFO, and the rules engine at WARN. */
    private static final List<java.util.logging.Logger> LOGGERS = new ArrayList<>();

    private ProfileEvaluator evaluator;
    private RulesetSnapshot snapshot;
    private DeploymentProfile profile;

    @Setup
    public void setUp() {
        logLikeTheService();
        evaluator = new ProfileEvaluator(new ComplianceKnowledgeBase());
        snapshot = RulesetSnapshot.of(registry(rules), Instant.now());
        List<DeploymentProfile.Target> list = new ArrayList<>();
        for (String code : TARGETS.subList(0, targets)) {
            list.add(new DeploymentProfile.Target(code, EnumSet.of(Segment.GOVERNMENT, Segment.CONSUMER), null, List.of()));
        }
        profile = new DeploymentProfile(new DeploymentProfile.App("acme-assistant", "Hangzhou DeepSeek Artificial Intelligence",
                "deepseek-r1", null), new DeploymentProfile.Hosting(HostingMode.VENDOR_API, null, List.of("CN")), true, list,
                LocalDate.of(2025, 3, 1));
        Evaluation check = evaluate();
        if (check.results().size() != targets) {
            throw new IllegalStateException("Expected " + targets + " results");
        }
        if (!check.equals(baseline())) {
            throw new IllegalStateException("The plain Java baseline disagrees with the rules:\n" + check + "\n" + baseline());
        }
    }

    /**
     * Outside Quarkus the log manager accepts every level until an application configures it, so the
     * engine's trace messages would be formatted; the service runs at INFO with the rules engine at WARN.
     */
    private static void logLikeTheService() {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(java.util.logging.Level.INFO);
        LOGGERS.add(root);
        for (String name : List.of("org.drools", "org.kie")) {
            java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
            logger.setLevel(java.util.logging.Level.WARNING);
            LOGGERS.add(logger);
        }
    }

    @Benchmark
    public Evaluation evaluate() {
        return evaluator.evaluate(snapshot, profile, profile.asOf(), false);
    }

    /** The same judgement in plain Java: what the profile costs without the rules engine. */
    @Benchmark
    public Evaluation baseline() {
        return JavaBaseline.evaluate(snapshot, profile, profile.asOf(), false);
    }

    /** The real pack plus synthetic rules, {@code size} rules in all, over about 250 jurisdictions. */
    static Ruleset registry(int size) {
        List<Rule> real = RealRulePack.rules();
        List<Jurisdiction> jurisdictions = new ArrayList<>(RealRulePack.jurisdictionsFor(real));
        Set<String> codes = new TreeSet<>();
        jurisdictions.forEach(j -> codes.add(j.code()));
        for (char a = 'A'; a <= 'Z' && codes.size() < 210; a++) {
            for (char b = 'A'; b <= 'Z' && codes.size() < 210; b++) {
                String code = "" + a + b;
                if (!codes.contains(code) && !code.equals("EU")) {
                    jurisdictions.add(Fixtures.country(code, code));
                    codes.add(code);
                }
            }
        }
        for (int i = 1; codes.size() < 250; i++) {
            String code = "US-X" + i;
            jurisdictions.add(Fixtures.subdivision(code, code, "US"));
            codes.add(code);
        }
        List<String> spread = new ArrayList<>(new LinkedHashSet<>(codes));
        Random random = new Random(42);
        RuleKind[] kinds = RuleKind.values();
        List<Rule> all = new ArrayList<>(real);
        for (int i = 0; all.size() < size; i++) {
            Fixtures.RuleBuilder rule = Fixtures.rule("synthetic-" + i, spread.get(i % spread.size()), kinds[i % kinds.length])
                    .from(2020 + random.nextInt(8) + "-0" + (1 + random.nextInt(9)) + "-01");
            if (i % 2 == 0) {
                rule.vendors("vendor-" + random.nextInt(500));
            } else {
                rule.apps("app-" + random.nextInt(500));
            }
            if (i % 3 == 0) {
                rule.segments(Segment.values()[random.nextInt(Segment.values().length)]);
            }
            if (i % 5 == 0) {
                rule.sectors(Sector.values()[random.nextInt(Sector.values().length)]);
            }
            if (i % 4 == 0) {
                rule.hosting(HostingMode.VENDOR_API);
            }
            if (i % 7 == 0) {
                rule.storage(spread.get(random.nextInt(spread.size())));
            }
            all.add(rule.build());
        }
        List<Vendor> vendors = new ArrayList<>(RealRulePack.pack().vendors());
        for (int i = 0; i < 500; i++) {
            vendors.add(new Vendor("vendor-" + i, "Vendor " + i, List.of(), List.of(), "US"));
        }
        return new Ruleset(size, Instant.now(), all, jurisdictions, vendors, RealRulePack.pack().models());
    }
}
