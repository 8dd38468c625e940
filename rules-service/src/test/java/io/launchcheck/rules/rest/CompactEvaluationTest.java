package io.launchcheck.rules.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.compact.CompactEvaluation;
import io.launchcheck.api.compact.CompactEvaluationV3;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.compact.RuleTextDigests;
import io.launchcheck.api.compact.RuleTexts;
import io.launchcheck.api.compact.RuleTextsNotHeldException;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.rules.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The compact form, asked for with Accept, judged by the real engine over the real rule pack: expanded, it is the
 * full answer exactly; it carries each rule's texts once (or, in the third version, their digests only); and a caller
 * that asks for JSON, any type (*{@literal /}*) or any application type (application/*) gets the full form.
 */
@QuarkusTest
@WithTestResource(RegistryServerResource.class)
class CompactEvaluationTest {

    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final String LAUNCH_MAP_EVALUATIONS = "/api/v1/launch-map-evaluations";
    private static final Path WORLD_LAUNCH_MAP = Path.of("../load-tests/profiles/world-launch-map.json");
    private static final String EU_LAUNCH_MAP = """
            {"launchMap": {
               "app": {"name": "a", "vendor": "DeepSeek"},
               "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
               "scope": {"kind": "BLOC", "bloc": "EU"}, "asOf": "2025-03-01"}}
            """;
    private static final Path TEN_TARGETS = Path.of("../load-tests/profiles/ten-targets-evaluation.json");
    /** A vendor nobody knows, in three targets: its warning names each target's jurisdiction. */
    private static final String UNKNOWN_VENDOR_IN_THREE_TARGETS = """
            {"profile": {
               "app": {"name": "a", "vendor": "Qwerty Nonesuch Labs"},
               "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
               "targets": [{"jurisdiction": "IT"}, {"jurisdiction": "KR"}, {"jurisdiction": "US-TX", "segments": ["GOVERNMENT"]}],
               "asOf": "2025-03-01"}}
            """;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void rulesetLoaded() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (given().when().get("/q/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    @Test
    void compactFormExpandsToTheFullAnswerOfTenTargets() throws Exception {
        String request = Files.readString(TEN_TARGETS);
        Response full = post(request, ContentType.JSON.toString());
        Response compact = post(request, CompactEvaluations.ACCEPT);

        assertThat(full.contentType()).startsWith("application/json");
        assertThat(compact.contentType()).startsWith(CompactEvaluations.MEDIA_TYPE);
        Evaluation fromFull = StrictJson.tolerant(json, Evaluation.class).readValue(full.asString());
        Evaluation fromCompact = CompactEvaluations.expand(read(compact.asString()));
        assertThat(sansConfirmation(fromCompact)).isEqualTo(sansConfirmation(fromFull));
        assertThat(fromFull.results()).hasSize(10);
        assertThat(fromFull.results().stream().mapToLong(r -> r.findings().size()).sum()).isGreaterThan(10);
        // byte for byte: the full answer written again from the expanded compact one
        assertThat(json.writeValueAsString(sansConfirmation(fromCompact)))
                .isEqualTo(json.writeValueAsString(sansConfirmation(fromFull)));

        JsonNode tree = json.readTree(compact.asString());
        JsonNode finding = tree.at("/evaluation/results/0/findings/0");
        assertThat(tree.path("rules").has(finding.path("ruleId").asText())).isTrue();
        assertThat(finding.has("message")).isFalse();
        assertThat(finding.has("legalBasis")).isFalse();
        assertThat(finding.has("why")).isFalse();
        assertThat(tree.path("reasons").size()).isGreaterThan(10);
        assertThat(finding.has("severity")).isTrue();
        assertThat(compact.asByteArray().length).isLessThan(full.asByteArray().length * 3 / 5);
    }

    @Test
    void aBlocsNotCheckedRulesTravelOnceForAllItsMembers() throws Exception {
        String members = """
                {"profile": {
                   "app": {"name": "a", "vendor": "OpenAI", "model": "gpt-4o"},
                   "hosting": {"mode": "VENDOR_API", "dataCountries": ["US"]},
                   "targets": [{"jurisdiction": "IT"}, {"jurisdiction": "DE"}, {"jurisdiction": "FR"}],
                   "asOf": "2026-12-01"}}
                """;
        Response full = post(members, ContentType.JSON.toString());
        Response compact = post(members, CompactEvaluations.ACCEPT);

        Evaluation fromFull = StrictJson.tolerant(json, Evaluation.class).readValue(full.asString());
        assertThat(fromFull.results()).allSatisfy(r -> assertThat(r.notChecked()).isNotEmpty());
        CompactEvaluation wire = read(compact.asString());
        long distinct = fromFull.results().stream().flatMap(r -> r.notChecked().stream()).distinct().count();
        assertThat(wire.unchecked()).hasSize((int) distinct);
        assertThat(wire.evaluation().results()).allSatisfy(r -> assertThat(r.notChecked()).isNull());
        assertThat(wire.why()).allSatisfy(w -> assertThat(w.notChecked()).isNotEmpty());
        assertThat(json.writeValueAsString(sansConfirmation(CompactEvaluations.expand(wire))))
                .isEqualTo(json.writeValueAsString(sansConfirmation(fromFull)));
    }

    @Test
    void aCallerAskingForTheFirstCompactFormGetsTheFullForm() {
        assertThat(post(UNKNOWN_VENDOR_IN_THREE_TARGETS,
                "application/vnd.launchcheck.evaluation.compact+json, application/json;q=0.5").contentType())
                .startsWith("application/json");
    }

    @Test
    void findingsWhoseTextsDifferByTargetStayComplete() throws Exception {
        Response full = post(UNKNOWN_VENDOR_IN_THREE_TARGETS, ContentType.JSON.toString());
        Response compact = post(UNKNOWN_VENDOR_IN_THREE_TARGETS, CompactEvaluations.MEDIA_TYPE);

        Evaluation fromFull = StrictJson.tolerant(json, Evaluation.class).readValue(full.asString());
        CompactEvaluation wire = read(compact.asString());
        List<Finding> unidentified = fromFull.results().stream().flatMap(r -> r.findings().stream())
                .filter(f -> f.ruleId().equals("launchcheck-identity-not-resolved")).toList();
        assertThat(unidentified).extracting(Finding::jurisdiction).containsExactly("IT", "KR", "US-TX");
        assertThat(wire.rules()).doesNotContainKey("launchcheck-identity-not-resolved");
        assertThat(sansConfirmation(CompactEvaluations.expand(wire))).isEqualTo(sansConfirmation(fromFull));
    }

    @Test
    void aCallerAcceptingAnythingGetsTheFullForm() {
        for (String accept : new String[] {"*/*", CompactEvaluations.MEDIA_TYPE + ", application/json"}) {
            assertThat(post(UNKNOWN_VENDOR_IN_THREE_TARGETS, accept).contentType()).as(accept)
                    .startsWith("application/json");
        }
    }

    @Test
    void aCallerAskingForJsonAloneGetsTheFullForm() {
        Response full = post(UNKNOWN_VENDOR_IN_THREE_TARGETS, ContentType.JSON.toString());
        assertThat(full.contentType()).startsWith("application/json");
        assertThat(full.jsonPath().getString("results[0].findings[0].message")).isNotBlank();
        assertThat(full.jsonPath().getMap("$")).doesNotContainKey("rules");
    }

    @Test
    void theServedDocumentOffersBothForms() {
        Map<String, Object> content = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath()
                .getMap("paths.'/api/v1/evaluations'.post.responses.'200'.content");
        assertThat(content).containsKeys("application/json", CompactEvaluations.MEDIA_TYPE);
    }

    @Test
    void theThirdVersionNamesTextsByDigestAndExpandsWithHeldTextsToTheFullAnswer() throws Exception {
        String world = "{\"launchMap\": " + Files.readString(WORLD_LAUNCH_MAP) + ", \"advice\": true}";
        record Case(String name, String path, String body) {
        }
        for (Case c : List.of(new Case("ten targets", EVALUATIONS, Files.readString(TEN_TARGETS)),
                new Case("texts by target", EVALUATIONS, UNKNOWN_VENDOR_IN_THREE_TARGETS),
                new Case("world launch map", LAUNCH_MAP_EVALUATIONS, world))) {
            Response full = post(c.path(), c.body(), ContentType.JSON.toString());
            Response v2 = post(c.path(), c.body(), CompactEvaluations.ACCEPT);
            Response v3 = post(c.path(), c.body(), CompactEvaluations.ACCEPT_V3);

            assertThat(v3.contentType()).as(c.name()).startsWith(CompactEvaluations.MEDIA_TYPE_V3);
            CompactEvaluation withTexts = read(v2.asString());
            CompactEvaluationV3 byDigest = json.readValue(v3.asString(), CompactEvaluationV3.class);
            Map<String, RuleTexts> held = new HashMap<>();
            withTexts.rules().values().forEach(texts -> held.put(RuleTextDigests.digest(texts), texts));
            assertThat(byDigest.rules().keySet()).as(c.name()).isEqualTo(withTexts.rules().keySet());
            withTexts.rules().forEach((ruleId, texts) -> assertThat(byDigest.rules().get(ruleId))
                    .matches("[0-9a-f]{64}").isEqualTo(RuleTextDigests.digest(texts)));
            Evaluation fromFull = StrictJson.tolerant(json, Evaluation.class).readValue(full.asString());
            Evaluation fromV3 = CompactEvaluations.expand(byDigest, held::get);
            assertThat(sansConfirmation(fromV3)).as(c.name())
                    .isEqualTo(sansConfirmation(CompactEvaluations.expand(withTexts)));
            assertThat(json.writeValueAsString(sansConfirmation(fromV3))).as(c.name())
                    .isEqualTo(json.writeValueAsString(sansConfirmation(fromFull)));
            assertThat(withTexts.rules()).as(c.name()).isNotEmpty();
            assertThatThrownBy(() -> CompactEvaluations.expand(byDigest, digest -> null)).as(c.name())
                    .isInstanceOf(RuleTextsNotHeldException.class);
            // the sizes docs/benchmarks.md quotes ("Rule texts the gateway holds")
            System.out.printf("%s: full %,d bytes, compact v2 %,d bytes, v3 %,d bytes%n", c.name(),
                    full.asByteArray().length, v2.asByteArray().length, v3.asByteArray().length);
            assertThat(v3.asByteArray().length).as(c.name()).isLessThan(v2.asByteArray().length);
        }
    }

    @Test
    void aCallerAcceptingAnyApplicationTypeGetsTheFullForm() {
        for (String path : List.of(EVALUATIONS, LAUNCH_MAP_EVALUATIONS)) {
            String body = path.equals(EVALUATIONS) ? UNKNOWN_VENDOR_IN_THREE_TARGETS : EU_LAUNCH_MAP;
            for (String accept : List.of("application/*", "application/*;q=0.8", "text/html, application/*;q=0.9")) {
                Response answer = post(path, body, accept);
                assertThat(answer.contentType()).as(path + " " + accept).startsWith("application/json");
                assertThat(answer.jsonPath().getString("results[0].verdict")).as(path + " " + accept).isNotBlank();
            }
        }
    }

    @Test
    void theServedDocumentOffersTheThirdVersionForBothEvaluations() {
        for (String path : List.of(EVALUATIONS, LAUNCH_MAP_EVALUATIONS)) {
            Map<String, Object> content = given().accept("application/json").when().get("/q/openapi")
                    .then().statusCode(200).extract().jsonPath()
                    .getMap("paths.'" + path + "'.post.responses.'200'.content");
            assertThat(content).as(path).containsKeys("application/json", CompactEvaluations.MEDIA_TYPE,
                    CompactEvaluations.MEDIA_TYPE_V3);
        }
    }

    @Test
    void theThirdVersionsExampleNamesTheDigestOfTheSecondVersionsTexts() throws Exception {
        CompactEvaluation example = read(EvaluationResource.COMPACT_EXAMPLE);
        CompactEvaluationV3 v3 = json.readValue(EvaluationResource.COMPACT_V3_EXAMPLE, CompactEvaluationV3.class);

        assertThat(v3.rules()).hasSize(1);
        example.rules().forEach((ruleId, texts) -> assertThat(v3.rules().get(ruleId))
                .isEqualTo(RuleTextDigests.digest(texts)));
        assertThat(v3.evaluation()).isEqualTo(example.evaluation());
    }

    private Response post(String body, String accept) {
        return post(EVALUATIONS, body, accept);
    }

    private Response post(String path, String body, String accept) {
        return given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).accept(accept).body(body)
                .when().post(path).then().statusCode(200).extract().response();
    }

    private CompactEvaluation read(String body) throws Exception {
        // strict: the compact form carries nothing the records do not know
        return json.readValue(body, CompactEvaluation.class);
    }

    /** The registry's last confirmation moves between two calls; everything else must be equal. */
    private static Evaluation sansConfirmation(Evaluation evaluation) {
        return evaluation.withRulesetTimes(evaluation.rulesetChangedAt(), null);
    }
}
