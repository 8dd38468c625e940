package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class AssessmentCreationTest extends GatewayTest {

    @Test
    void storesTheAssessmentAndAnswers201WithItsLocation() {
        rules.verdict("IT", Verdict.NON_COMPLIANT);
        long before = stored();

        Response created = assess(profile("acme-assistant", target("IT"), target("KR")));

        created.then().statusCode(201).contentType("application/json")
                .header("Location", org.hamcrest.Matchers.containsString(ASSESSMENTS + "/"))
                .body("overall", equalTo("NON_COMPLIANT"))
                .body("asOf", equalTo(AS_OF))
                .body("rulesetVersion", equalTo(7))
                .body("evaluatedAt", startsWith("20"))
                .body("app", equalTo("acme-assistant"))
                .body("results.jurisdiction", org.hamcrest.Matchers.contains("IT", "KR"))
                .body("results[0].verdict", equalTo("NON_COMPLIANT"))
                .body("results[0].findings[0].ruleId", equalTo("it-ban"))
                .body("results[1].verdict", equalTo("COMPLIANT"))
                .body("profile.app.vendor", equalTo("DeepSeek"))
                .body("profile.targets[1].jurisdiction", equalTo("KR"));
        String id = created.jsonPath().getString("id");
        assertThat(created.header("Location")).endsWith(ASSESSMENTS + "/" + id);
        assertThat(stored()).isEqualTo(before + 1);
    }

    @Test
    void returnsTheStoredAssessmentByteForByte() {
        rules.verdict("US-TX", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW);
        Response created = assess(profile("acme-assistant", target("US-TX"), target("KR"), target("JP")));
        created.then().statusCode(201);

        String stored = asTeam().get(created.header("Location"))
                .then().statusCode(200).contentType("application/json").extract().asString();

        assertThat(stored).isEqualTo(created.asString());
    }

    @Test
    void keepsTextBeyondAsciiTheSameInTheAnswerTheRowAndTheStoredRead() {
        String app = "Assistente – Città 東京 \uD83D\uDE80";
        Response created = assess(profile(app, target("IT")));
        created.then().statusCode(201).contentType("application/json").body("app", equalTo(app));

        byte[] stored = asTeam().get(created.header("Location")).then().statusCode(200).extract().asByteArray();

        assertThat(stored).isEqualTo(created.asByteArray());
        assertThat(new String(stored, java.nio.charset.StandardCharsets.UTF_8)).contains("\"app\":\"" + app + "\"");
        // the row holds the text itself, as PostgreSQL read it from the UTF-8 the gateway sent
        String row = repository.byId(java.util.UUID.fromString(created.jsonPath().getString("id"))).orElseThrow().body;
        assertThat(row.getBytes(java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(stored);
    }

    @Test
    void nonCompliantBeatsNeedsReviewBeatsCompliant() {
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW);

        assertThat(overallOf(target("JP"), target("KR"), target("IT"))).isEqualTo("NON_COMPLIANT");
        assertThat(overallOf(target("IT"), target("JP"))).isEqualTo("NON_COMPLIANT");
        assertThat(overallOf(target("JP"), target("KR"))).isEqualTo("NEEDS_REVIEW");
        assertThat(overallOf(target("KR"), target("JP"))).isEqualTo("NEEDS_REVIEW");
        assertThat(overallOf(target("JP"), target("DE"))).isEqualTo("COMPLIANT");
    }

    @Test
    void combinesVerdictsItselfRatherThanTrustingTheRulesServicesOverall() {
        // the fake always reports overall COMPLIANT; the gateway's overall comes from the per-target verdicts
        rules.verdict("IT", Verdict.NON_COMPLIANT);

        assertThat(overallOf(target("IT"))).isEqualTo("NON_COMPLIANT");
    }

    @Test
    void acceptsLowercaseCodesAndSurroundingSpaces() {
        rules.verdict("US-TX", Verdict.NON_COMPLIANT);
        String body = """
                {"app": {"name": " acme-assistant ", "vendor": "deepseek", "originCountry": " cn "},
                 "hosting": {"mode": " vendor_api ", "dataCountries": [" cn"]},
                 "targets": [{"jurisdiction": " us-tx ", "segments": [" government ", "consumer"], "sectors": ["energy "]}],
                 "asOf": "2025-03-01"}
                """;

        JsonPath assessment = assess(body).then().statusCode(201).extract().jsonPath();

        assertThat(assessment.getString("overall")).isEqualTo("NON_COMPLIANT");
        assertThat(assessment.getString("app")).isEqualTo("acme-assistant");
        assertThat(assessment.getString("profile.targets[0].jurisdiction")).isEqualTo("US-TX");
        assertThat(assessment.getList("profile.targets[0].segments")).containsExactly("CONSUMER", "GOVERNMENT");
        assertThat(assessment.getList("profile.targets[0].sectors")).containsExactly("ENERGY");
        assertThat(assessment.getString("profile.hosting.mode")).isEqualTo("VENDOR_API");
        assertThat(assessment.getString("profile.app.originCountry")).isEqualTo("CN");
        assertThat(assessment.getList("profile.hosting.dataCountries")).containsExactly("CN");
        assertThat(rules.lastRequest().at("/profile/targets/0/jurisdiction").asText()).isEqualTo("US-TX");
    }

    @Test
    void refusesUnknownExtraFieldsRatherThanJudgingWithoutThem() {
        String body = """
                {"app": {"name": "acme-assistant", "vendor": "DeepSeek", "team": "growth"},
                 "hosting": {"mode": "SELF_HOSTED", "provider": "own racks"},
                 "targets": [{"jurisdiction": "DE", "priority": 1}],
                 "asOf": "2025-03-01", "ticket": "REL-1234", "labels": {"tier": "gold"}}
                """;

        assess(body).then().statusCode(400).body("errors[0].field", equalTo("app.team"))
                .body("errors[0].message", equalTo("is not a known field"));
    }

    @Test
    void judgesOnTodayWhenAsOfIsOmittedAndRecordsThatDate() {
        String body = """
                {"app": {"name": "acme-assistant", "vendor": "DeepSeek"},
                 "hosting": {"mode": "VENDOR_API"},
                 "targets": [{"jurisdiction": "DE"}]}
                """;

        JsonPath assessment = assess(body).then().statusCode(201).extract().jsonPath();

        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(assessment.getString("asOf")).isEqualTo(today);
        assertThat(assessment.getString("profile.asOf")).isEqualTo(today);
        assertThat(assessment.getBoolean("profile.processesPersonalData")).isTrue();
        assertThat(rules.lastRequest().at("/profile/asOf").asText()).isEqualTo(today);
    }

    private static String overallOf(String... targets) {
        return assess(profile("acme-assistant", targets)).then().statusCode(201).extract().jsonPath().getString("overall");
    }
}
