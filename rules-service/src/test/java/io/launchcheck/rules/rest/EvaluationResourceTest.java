package io.launchcheck.rules.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.launchcheck.rules.testing.Tokens;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Ruleset;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.log.ErrorLoggingFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;

@QuarkusTest
@WithTestResource(RegistryServerResource.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EvaluationResourceTest {

    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final String DEEPSEEK_IN_ITALY_AND_JAPAN = """
            {"profile": {
               "app": {"name": "acme-assistant", "vendor": "hangzhou deepseek artificial intelligence"},
               "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
               "targets": [{"jurisdiction": " it "}, {"jurisdiction": "JP", "segments": ["CONSUMER"]}],
               "asOf": "2025-03-01"}}
            """;

    private static final String DEEPSEEK_IN_KOREA = """
            {"profile": {
               "app": {"name": "acme-assistant", "vendor": "DeepSeek"},
               "hosting": {"mode": "SELF_HOSTED", "dataCountries": ["KR"]},
               "targets": [{"jurisdiction": "KR", "segments": ["CONSUMER"]}],
               "asOf": "2025-03-01"}%s}
            """;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    @BeforeEach
    void registryIsUpAndRulesetLoaded() throws Exception {
        circuitBreakers.resetAll();
        await("a ruleset is loaded", () -> given().when().get("/q/health/ready").statusCode() == 200);
    }

    @Test
    @Order(1)
    void judgesEachTargetInOrderWithReasons() {
        given().auth().oauth2(Tokens.evaluator()).filter(new ErrorLoggingFilter()).contentType(ContentType.JSON).body(DEEPSEEK_IN_ITALY_AND_JAPAN)
                .when().post(EVALUATIONS)
                .then().statusCode(200)
                .body("rulesetVersion", equalTo(1))
                .body("rulesetStale", equalTo(false))
                .body("asOf", equalTo("2025-03-01"))
                .body("overall", equalTo("NON_COMPLIANT"))
                .body("results.jurisdiction", contains("IT", "JP"))
                .body("results.verdict", contains("NON_COMPLIANT", "COMPLIANT"))
                .body("results[0].findings.ruleId", hasItem("it-garante-deepseek-processing-block"))
                .body("results[0].findings.find { it.ruleId == 'it-garante-deepseek-processing-block' }.why",
                        hasItem("Vendor 'hangzhou deepseek artificial intelligence' is DeepSeek, which the rule covers"))
                .body("results[0].findings.find { it.ruleId == 'it-garante-deepseek-processing-block' }.sourceUrl",
                        containsString("https://"));
    }

    @Test
    @Order(2)
    void asOfDefaultsToTodayInUtc() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body("""
                {"profile": {"app": {"name": "a"}, "hosting": {"mode": "SELF_HOSTED"}, "targets": [{"jurisdiction": "JP"}]}}
                """)
                .when().post(EVALUATIONS)
                .then().statusCode(200)
                .body("asOf", equalTo(LocalDate.now(java.time.ZoneOffset.UTC).toString()));
    }

    @Test
    @Order(3)
    void rejectsAnUnknownJurisdictionNamingTheTarget() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body("""
                {"profile": {"app": {"name": "a"}, "hosting": {"mode": "SELF_HOSTED"},
                 "targets": [{"jurisdiction": "IT"}, {"jurisdiction": "XX"}]}}
                """)
                .when().post(EVALUATIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("profile.targets[1].jurisdiction"))
                .body("detail", containsString("unknown jurisdiction 'XX'"));
    }

    @Test
    @Order(4)
    void rejectsAnUnknownSegmentNamingTheField() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body("""
                {"profile": {"app": {"name": "a"}, "hosting": {"mode": "SELF_HOSTED"},
                 "targets": [{"jurisdiction": "IT", "segments": ["ALIENS"]}]}}
                """)
                .when().post(EVALUATIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", containsString("profile.targets[0].segments"))
                .body("errors[0].message", containsString("CONSUMER"));
    }

    @Test
    @Order(5)
    void rejectsAProfileWithoutTargets() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body("""
                {"profile": {"app": {"name": "a"}, "hosting": {"mode": "SELF_HOSTED"}, "targets": []}}
                """)
                .when().post(EVALUATIONS)
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("profile.targets"));
    }

    @Test
    void refusesABodyOverTheLimitWithAProblem() {
        String padding = "x".repeat(1024 * 1024);
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON)
                .body("{\"profile\": {\"app\": {\"name\": \"" + padding + "\"}}}")
                .when().post(EVALUATIONS)
                .then().statusCode(413).contentType("application/problem+json")
                .body("status", equalTo(413)).body("detail", containsString("1024 KiB"));
    }

    @Test
    @Order(6)
    void pinnedVersionTheRegistryDoesNotHaveIsNotFound() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(DEEPSEEK_IN_KOREA.formatted(", \"rulesetVersion\": 999"))
                .when().post(EVALUATIONS)
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("999"));
    }

    @Test
    @Order(7)
    void rulesetChangeInTheRegistryShowsUpInTheNextEvaluations() throws Exception {
        assertThat(koreaVerdict(null).getString("results[0].verdict")).isEqualTo("COMPLIANT");
        long next = RegistryServerResource.server().current().version() + 1;

        Instant published = Instant.now();
        RegistryServerResource.server().publish(withKoreanBan(next));

        await("the new ruleset judges", () -> {
            JsonPath evaluation = koreaVerdict(null);
            return evaluation.getLong("rulesetVersion") == next
                    && evaluation.getString("results[0].verdict").equals("NON_COMPLIANT")
                    && evaluation.getList("results[0].findings.ruleId").contains("kr-every-ai-app-ban");
        });
        System.out.printf("Ruleset version %d judged %d ms after the registry published it%n", next,
                Duration.between(published, Instant.now()).toMillis());
    }

    @Test
    @Order(8)
    void pinnedVersionIsJudgedWithThatVersion() {
        JsonPath evaluation = koreaVerdict(1L);

        assertThat(evaluation.getLong("rulesetVersion")).isEqualTo(1);
        assertThat(evaluation.getString("results[0].verdict")).isEqualTo("COMPLIANT");
    }

    @Test
    @Order(9)
    void keepsJudgingWithTheLastRulesetWhenTheRegistryGoesAway() throws Exception {
        long version = RegistryServerResource.server().current().version();
        RegistryServerResource.server().stop();
        try {
            await("the ruleset is reported stale", () -> koreaVerdict(null).getBoolean("rulesetStale"));

            JsonPath evaluation = koreaVerdict(null);
            assertThat(evaluation.getLong("rulesetVersion")).isEqualTo(version);
            given().when().get("/q/health/ready").then().statusCode(200)
                    .body("checks.find { it.name == 'ruleset' }.data.stale", equalTo(true))
                    .body("checks.find { it.name == 'ruleset' }.data.version", equalTo((int) version));
            given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(DEEPSEEK_IN_KOREA.formatted(", \"rulesetVersion\": 998"))
                    .when().post(EVALUATIONS)
                    .then().statusCode(503).header("Retry-After", "5");
        } finally {
            RegistryServerResource.server().start();
        }
        circuitBreakers.resetAll();
        await("the registry is reached again", () -> !koreaVerdict(null).getBoolean("rulesetStale"));
    }

    @Test
    @Order(10)
    void openApiDocumentsTheEndpointAndSwaggerUiIsServed() {
        given().when().get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey(EVALUATIONS));
        given().when().get("/q/swagger-ui/").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200);
    }

    private static JsonPath koreaVerdict(Long version) {
        return given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON)
                .body(DEEPSEEK_IN_KOREA.formatted(version == null ? "" : ", \"rulesetVersion\": " + version))
                .when().post(EVALUATIONS)
                .then().statusCode(200).extract().jsonPath();
    }

    private static Ruleset withKoreanBan(long version) {
        List<Rule> extra = new ArrayList<>();
        extra.add(Fixtures.rule("kr-every-ai-app-ban", "KR", RuleKind.NATIONWIDE_BAN).from("2025-01-01").build());
        return RealRulePack.ruleset(version, extra);
    }

    private static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        AssertionError last = null;
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (AssertionError e) {
                last = e;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Waited " + PATIENCE + " for " + what, last);
    }
}
