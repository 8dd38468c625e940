package io.launchcheck.rules.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import io.launchcheck.api.LaunchMapRequest;
import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.Segment;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.service.AdviceSearch;
import io.launchcheck.rules.service.ComplianceKnowledgeBase;
import io.launchcheck.rules.service.LaunchMaps;
import io.launchcheck.rules.service.ProfileEvaluator;

/**
 * What verified advice costs: {@link #judge} is the evaluation alone (the reference of the same run), {@link #advise}
 * the evaluation plus the advice search with its re-judgements, for the 10 targets of the load profile and for the
 * whole world (every country of the real catalog's about 250 jurisdictions in {@link EvaluationBenchmark#registry}).
 * The profile is DeepSeek through its API serving government and consumers, so most real DeepSeek rules fail and
 * advice is searched for each of them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AdviceBenchmark {

    @Param({"10", "world"})
    public String targets;

    private ProfileEvaluator evaluator;
    private AdviceSearch search;
    private RulesetSnapshot snapshot;
    private DeploymentProfile profile;

    @Setup
    public void setUp() {
        evaluator = new ProfileEvaluator(new ComplianceKnowledgeBase());
        search = new AdviceSearch(evaluator);
        snapshot = RulesetSnapshot.of(EvaluationBenchmark.registry(100), Instant.now());
        DeploymentProfile.App app = new DeploymentProfile.App("acme-assistant", "Hangzhou DeepSeek Artificial Intelligence",
                "deepseek-r1", null);
        DeploymentProfile.Hosting hosting = new DeploymentProfile.Hosting(HostingMode.VENDOR_API, null, List.of("CN"));
        LocalDate asOf = LocalDate.of(2025, 3, 1);
        if (targets.equals("world")) {
            profile = LaunchMaps.expand(snapshot, new LaunchMapRequest(app, hosting, true,
                    EnumSet.of(Segment.GOVERNMENT, Segment.CONSUMER), null, List.of(),
                    new LaunchScope(LaunchScope.Kind.WORLD, null, null), asOf));
        } else {
            List<DeploymentProfile.Target> list = new ArrayList<>();
            for (String code : EvaluationBenchmark.TARGETS.subList(0, Integer.parseInt(targets))) {
                list.add(new DeploymentProfile.Target(code, EnumSet.of(Segment.GOVERNMENT, Segment.CONSUMER), null, List.of()));
            }
            profile = new DeploymentProfile(app, hosting, true, list, asOf);
        }
        Evaluation advised = advise();
        long withAdvice = advised.results().stream().filter(r -> r.advice() != null && !r.advice().isEmpty()).count();
        System.out.printf("%n%s: %d targets, %d not compliant, %d with advice%n", targets, advised.results().size(),
                advised.results().stream().filter(r -> r.advice() != null).count(), withAdvice);
    }

    @Benchmark
    public Evaluation judge() {
        return evaluator.evaluate(snapshot, profile, profile.asOf(), false);
    }

    @Benchmark
    public Evaluation advise() {
        Evaluation base = evaluator.evaluate(snapshot, profile, profile.asOf(), false);
        return search.advise(snapshot, profile, profile.asOf(), base);
    }
}
