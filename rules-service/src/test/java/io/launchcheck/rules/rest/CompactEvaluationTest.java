package io.launchcheck.rules.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.rules.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The compact form, asked for with Accept, judged by the real engine over the real rule pack: expanded, it is the
 * full answer exactly; it carries each rule's texts once; and a caller that asks for JSON still gets the full form.
 */
@QuarkusTest
@WithTestResource(RegistryServerResource.class)
class CompactEvaluationTest {

    private static final String EVALUATIONS = "/api/v1/evaluations";
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

    private Response post(String body, String accept) {
        return given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).accept(accept).body(body)
                .when().post(EVALUATIONS).then().statusCode(200).extract().response();
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
