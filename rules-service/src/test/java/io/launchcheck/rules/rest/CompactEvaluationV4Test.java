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

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.compact.CompactEvaluation;
import io.launchcheck.api.compact.CompactEvaluationV4;
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
 * The compact form's fourth version, judged by the real engine over the real rule pack: the not-checked rules named by
 * digest as well as the rules' texts; expanded with what the second version carries, it is the full answer exactly.
 */
@QuarkusTest
@WithTestResource(RegistryServerResource.class)
class CompactEvaluationV4Test {

    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final String LAUNCH_MAP_EVALUATIONS = "/api/v1/launch-map-evaluations";
    private static final Path TEN_TARGETS = Path.of("../load-tests/profiles/ten-targets-evaluation.json");
    private static final Path WORLD_LAUNCH_MAP = Path.of("../load-tests/profiles/world-launch-map.json");

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
    void theFourthVersionNamesNotCheckedRulesByDigestAndExpandsWithHeldOnesToTheFullAnswer() throws Exception {
        String world = "{\"launchMap\": " + Files.readString(WORLD_LAUNCH_MAP) + ", \"advice\": true}";
        record Case(String name, String path, String body) {
        }
        for (Case c : List.of(new Case("ten targets", EVALUATIONS, Files.readString(TEN_TARGETS)),
                new Case("world launch map", LAUNCH_MAP_EVALUATIONS, world))) {
            Response full = post(c.path(), c.body(), ContentType.JSON.toString());
            Response v2 = post(c.path(), c.body(), CompactEvaluations.ACCEPT);
            Response v3 = post(c.path(), c.body(), CompactEvaluations.ACCEPT_V3);
            Response v4 = post(c.path(), c.body(), CompactEvaluations.ACCEPT_V4);

            assertThat(v4.contentType()).as(c.name()).startsWith(CompactEvaluations.MEDIA_TYPE_V4);
            CompactEvaluation withTexts = json.readValue(v2.asString(), CompactEvaluation.class);
            CompactEvaluationV4 byDigest = json.readValue(v4.asString(), CompactEvaluationV4.class);
            Map<String, RuleTexts> texts = new HashMap<>();
            withTexts.rules().values().forEach(t -> texts.put(RuleTextDigests.digest(t), t));
            Map<String, UncheckedRule> unchecked = new HashMap<>();
            withTexts.unchecked().forEach(rule -> unchecked.put(RuleTextDigests.digest(rule), rule));

            assertThat(withTexts.unchecked()).as(c.name()).isNotEmpty();
            assertThat(byDigest.unchecked()).as(c.name()).containsExactlyElementsOf(
                    withTexts.unchecked().stream().map(RuleTextDigests::digest).toList());
            Evaluation fromFull = StrictJson.tolerant(json, Evaluation.class).readValue(full.asString());
            Evaluation fromV4 = CompactEvaluations.expand(byDigest, texts::get, unchecked::get);
            assertThat(json.writeValueAsString(sansConfirmation(fromV4))).as(c.name())
                    .isEqualTo(json.writeValueAsString(sansConfirmation(fromFull)));
            assertThatThrownBy(() -> CompactEvaluations.expand(byDigest, texts::get, digest -> null)).as(c.name())
                    .isInstanceOf(RuleTextsNotHeldException.class);
            System.out.printf("%s: compact v3 %,d bytes, v4 %,d bytes%n", c.name(), v3.asByteArray().length,
                    v4.asByteArray().length);
            assertThat(v4.asByteArray().length).as(c.name()).isLessThan(v3.asByteArray().length);
        }
    }

    @Test
    void theServedDocumentOffersTheFourthVersionForBothEvaluations() {
        for (String path : List.of(EVALUATIONS, LAUNCH_MAP_EVALUATIONS)) {
            Map<String, Object> content = given().accept("application/json").when().get("/q/openapi")
                    .then().statusCode(200).extract().jsonPath()
                    .getMap("paths.'" + path + "'.post.responses.'200'.content");
            assertThat(content).as(path).containsKey(CompactEvaluations.MEDIA_TYPE_V4);
        }
    }

    private Response post(String path, String body, String accept) {
        return given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).accept(accept).body(body)
                .when().post(path).then().statusCode(200).extract().response();
    }

    /** The registry's last confirmation moves between two calls; everything else must be equal. */
    private static Evaluation sansConfirmation(Evaluation evaluation) {
        return evaluation.withRulesetTimes(evaluation.rulesetChangedAt(), null);
    }
}
