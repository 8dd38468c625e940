package io.launchcheck.rules.benchmark;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.smile.SmileFactory;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Segment;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.compact.CompactEvaluation;
import io.launchcheck.api.compact.CompactEvaluationV3;
import io.launchcheck.api.compact.CompactEvaluationV4;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.compact.RuleTextDigests;
import io.launchcheck.api.compact.RuleTexts;
import io.launchcheck.api.json.EncodedRuleTexts;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.service.ComplianceKnowledgeBase;
import io.launchcheck.rules.service.ProfileEvaluator;
import io.launchcheck.rules.testing.RealRulePack;

/**
 * The internal answer's cost on each side of the hop, full JSON against the compact form, for the ten-target profile
 * of the load benchmark judged with the real rule pack: what the rules-service spends writing it and what the
 * gateway spends reading it (compact: reading, then expanding to the same {@link Evaluation}; the third version with
 * every rule's texts held by digest, as a gateway with a warm cache; the fourth with the not-checked rules by digest
 * too, in JSON and in Smile); and the full form written as the gateway writes its public body, the rules' texts
 * encoded once ({@code writeFullEncodedTexts}). Plain Jackson mappers with Blackbird, as in the services (which also add StrictJson's
 * checks: these cost the same for every form; the gateway reads tolerantly). Setup checks that every form gives the
 * same evaluation and prints their sizes.
 *
 * <p>Run: {@code ./mvnw -B -q -pl rules-engine -am -Pbenchmark test -Djmh.args="AnswerFormBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class AnswerFormBenchmark {

    private ObjectMapper json;
    private ObjectMapper encodedJson;
    private ObjectMapper compactJson;
    private ObjectReader fullReader;
    private ObjectReader compactReader;
    private Evaluation evaluation;
    private byte[] full;
    private byte[] compact;
    private byte[] compactV3;
    private ObjectReader compactV3Reader;
    private final RuleTextDigests digests = new RuleTextDigests(10_000);
    private final Map<String, RuleTexts> held = new HashMap<>();
    private final Map<String, UncheckedRule> heldUnchecked = new HashMap<>();
    private ObjectMapper compactSmile;
    private ObjectReader compactV4Reader;
    private ObjectReader compactV4SmileReader;
    private byte[] compactV4;
    private byte[] compactV4Smile;

    @Setup
    public void setUp() throws Exception {
        ProfileEvaluator evaluator = new ProfileEvaluator(new ComplianceKnowledgeBase());
        RulesetSnapshot snapshot = RulesetSnapshot.of(RealRulePack.ruleset(1, List.of()), Instant.now());
        List<DeploymentProfile.Target> targets = new ArrayList<>();
        for (String code : EvaluationBenchmark.TARGETS.subList(0, 10)) {
            targets.add(new DeploymentProfile.Target(code, EnumSet.of(Segment.GOVERNMENT, Segment.CONSUMER), null,
                    List.of()));
        }
        DeploymentProfile profile = new DeploymentProfile(new DeploymentProfile.App("acme-assistant",
                "Hangzhou DeepSeek Artificial Intelligence", "deepseek-r1", null),
                new DeploymentProfile.Hosting(HostingMode.VENDOR_API, null, List.of("CN")), true, targets,
                LocalDate.of(2025, 3, 1));
        evaluation = evaluator.evaluate(snapshot, profile, profile.asOf(), false);
        json = new ObjectMapper().findAndRegisterModules().disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        json.registerModule(new BlackbirdModule());
        compactJson = CompactEvaluations.writer(json);
        encodedJson = EncodedRuleTexts.register(json.copy());
        fullReader = json.readerFor(Evaluation.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        compactReader = json.readerFor(CompactEvaluation.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        compactV3Reader = json.readerFor(CompactEvaluationV3.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        compactSmile = compactJson.copyWith(new SmileFactory());
        compactV4Reader = json.readerFor(CompactEvaluationV4.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        compactV4SmileReader = compactSmile.readerFor(CompactEvaluationV4.class)
                .without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        full = writeFull();
        compact = writeCompact();
        compactV3 = writeCompactV3();
        compactV4 = writeCompactV4();
        compactV4Smile = writeCompactV4Smile();
        CompactEvaluations.compact(evaluation).rules().values()
                .forEach(texts -> held.put(RuleTextDigests.digest(texts), texts));
        CompactEvaluations.compact(evaluation).unchecked()
                .forEach(rule -> heldUnchecked.put(RuleTextDigests.digest(rule), rule));
        // written again, each form gives the full answer byte for byte (reading JSON turns absent lists into nulls)
        if (!Arrays.equals(writeFullEncodedTexts(), full)
                || !Arrays.equals(json.writeValueAsBytes(readFull()), full)
                || !Arrays.equals(json.writeValueAsBytes(readCompact()), full)
                || !Arrays.equals(json.writeValueAsBytes(readCompactV3()), full)
                || !Arrays.equals(json.writeValueAsBytes(readCompactV4()), full)
                || !Arrays.equals(json.writeValueAsBytes(readCompactV4Smile()), full)) {
            throw new IllegalStateException("the forms do not give the same evaluation");
        }
        System.out.printf("%nfull form %,d bytes, compact form v2 %,d bytes, v3 %,d bytes, v4 %,d bytes, v4 in Smile"
                + " %,d bytes (%d findings)%n", full.length, compact.length, compactV3.length, compactV4.length,
                compactV4Smile.length,
                evaluation.results().stream().mapToInt(r -> r.findings().size()).sum());
    }

    @Benchmark
    public byte[] writeFull() throws Exception {
        return json.writeValueAsBytes(evaluation);
    }

    /** The full form as the gateway writes its public body: the rules' texts encoded once ({@link EncodedRuleTexts}). */
    @Benchmark
    public byte[] writeFullEncodedTexts() throws Exception {
        return encodedJson.writeValueAsBytes(evaluation);
    }

    @Benchmark
    public byte[] writeCompact() throws Exception {
        return compactJson.writeValueAsBytes(CompactEvaluations.compact(evaluation));
    }

    /** The third version: the rules' texts by digest, the digests remembered as on the rules-service. */
    @Benchmark
    public byte[] writeCompactV3() throws Exception {
        return compactJson.writeValueAsBytes(
                CompactEvaluations.byDigest(CompactEvaluations.compact(evaluation), digests));
    }

    @Benchmark
    public Evaluation readFull() throws Exception {
        return fullReader.readValue(full);
    }

    @Benchmark
    public Evaluation readCompact() throws Exception {
        return CompactEvaluations.expand(compactReader.readValue(compact));
    }

    /** The third version with every digest's texts held, as in a gateway with a warm cache. */
    @Benchmark
    public Evaluation readCompactV3() throws Exception {
        return CompactEvaluations.expand(compactV3Reader.<CompactEvaluationV3>readValue(compactV3), held::get);
    }

    /** The fourth version: the not-checked rules by digest too, as the gateway asks today. */
    @Benchmark
    public byte[] writeCompactV4() throws Exception {
        return compactJson.writeValueAsBytes(
                CompactEvaluations.byDigestV4(CompactEvaluations.compact(evaluation), digests));
    }

    /** The fourth version in Smile, Jackson's binary JSON. */
    @Benchmark
    public byte[] writeCompactV4Smile() throws Exception {
        return compactSmile.writeValueAsBytes(
                CompactEvaluations.byDigestV4(CompactEvaluations.compact(evaluation), digests));
    }

    @Benchmark
    public Evaluation readCompactV4() throws Exception {
        return CompactEvaluations.expand(compactV4Reader.<CompactEvaluationV4>readValue(compactV4), held::get,
                heldUnchecked::get);
    }

    @Benchmark
    public Evaluation readCompactV4Smile() throws Exception {
        return CompactEvaluations.expand(compactV4SmileReader.<CompactEvaluationV4>readValue(compactV4Smile),
                held::get, heldUnchecked::get);
    }
}
