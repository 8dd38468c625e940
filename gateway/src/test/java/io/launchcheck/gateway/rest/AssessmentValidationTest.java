package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Bad input gets a problem naming the field, is never judged as something else, and is never stored. */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class AssessmentValidationTest extends GatewayTest {

    private static final String PROBLEM = "application/problem+json";

    private long storedBefore;

    @BeforeEach
    void countStored() {
        storedBefore = stored();
    }

    @AfterEach
    void nothingStored() {
        assertThat(stored()).isEqualTo(storedBefore);
    }

    @Test
    void rejectsAProfileWithoutTargets() {
        badRequest("""
                {"app": {"name": "acme-assistant"}, "hosting": {"mode": "VENDOR_API"}, "asOf": "2025-03-01"}
                """, "targets");
    }

    @Test
    void rejectsAThirdPartyHostingWithoutItsOperator() {
        badRequest(profile("acme-assistant", target("IT")).replace("\"mode\": \"VENDOR_API\"", "\"mode\": \"THIRD_PARTY\""),
                "hosting.operator");
        assertThat(rules.evaluations()).isZero();
    }

    @Test
    void rejectsAnOperatorForASelfHostedModel() {
        badRequest(profile("acme-assistant", target("IT")).replace("\"mode\": \"VENDOR_API\"",
                "\"mode\": \"SELF_HOSTED\", \"operator\": \"Amazon Bedrock\""), "hosting.operator");
    }

    @Test
    void rejectsAnEmptyBlankOrOverlongModelName() {
        String profile = profile("acme-assistant", target("IT"));
        badRequest(profile.replace("\"model\": \"deepseek-r1\"", "\"model\": \"\""), "app.model");
        badRequest(profile.replace("\"model\": \"deepseek-r1\"", "\"model\": \"   \""), "app.model");
        badRequest(profile.replace("\"model\": \"deepseek-r1\"", "\"model\": \"" + "m".repeat(500) + "\""), "app.model");
        assertThat(rules.evaluations()).isZero();
    }

    @Test
    void rejectsAnEmptyTargetList() {
        badRequest(profile("acme-assistant"), "targets");
    }

    @Test
    void rejectsDuplicateTargetsAfterNormalizing() {
        badRequest(profile("acme-assistant", target("IT"), target("KR"), target(" it ")), "targets[2].jurisdiction")
                .body("errors[0].message", containsString("targets[0]"));
        assertThat(rules.evaluations()).isZero();
    }

    @Test
    void rejectsAnUnknownJurisdictionNamingTheTarget() {
        badRequest(profile("acme-assistant", target("IT"), target("xx")), "targets[1].jurisdiction")
                .body("errors[0].message", containsString("XX"))
                .body("detail", containsString("targets[1].jurisdiction"))
                .body("detail", org.hamcrest.Matchers.not(containsString("profile.")));
        assertThat(rules.evaluations()).as("a 400 is an answer, never retried").isEqualTo(1);
    }

    @Test
    void rejectsAnUnknownSegment() {
        badRequest(profile("acme-assistant", "{\"jurisdiction\": \"IT\", \"segments\": [\"ASTRONAUTS\"]}"),
                "targets[0].segments[0]")
                .body("errors[0].message", containsString("CONSUMER"));
    }

    @Test
    void rejectsAnUnknownUseCaseListingTheKnownOnes() {
        badRequest(profile("acme-assistant", target("IT")).replaceFirst("\\{", "{\"useCases\": [\"EMPLOYMENT\", \"TIME_TRAVEL\"], "),
                "useCases[1]")
                .body("errors[0].message", containsString("TIME_TRAVEL"))
                .body("errors[0].message", containsString("CREDIT_SCORING"))
                .body("errors[0].message", containsString("MINORS_AS_USERS"));
        assertThat(rules.evaluations()).isZero();
    }

    @Test
    void rejectsAnUnknownRoleListingTheKnownOnes() {
        badRequest(profile("acme-assistant", target("IT")).replaceFirst("\\{", "{\"role\": \"OWNER\", "), "role")
                .body("errors[0].message", containsString("DEPLOYER"))
                .body("errors[0].message", containsString("DISTRIBUTOR"));
    }

    @Test
    void rejectsAUseCaseThatIsNotAString() {
        badRequest(profile("acme-assistant", target("IT")).replaceFirst("\\{", "{\"useCases\": \"EMPLOYMENT\", "),
                "useCases");
    }

    @Test
    void rejectsAnUnknownSector() {
        badRequest(profile("acme-assistant", "{\"jurisdiction\": \"IT\", \"sectors\": [\"MINING\"]}"),
                "targets[0].sectors[0]")
                .body("errors[0].message", containsString("ENERGY"));
    }

    @Test
    void rejectsAnUnknownHostingMode() {
        badRequest("""
                {"app": {"name": "acme-assistant"}, "hosting": {"mode": "ON_THE_MOON"},
                 "targets": [{"jurisdiction": "IT"}]}
                """, "hosting.mode")
                .body("errors[0].message", containsString("SELF_HOSTED"));
    }

    @Test
    void rejectsAMissingHostingMode() {
        badRequest("""
                {"app": {"name": "acme-assistant"}, "hosting": {}, "targets": [{"jurisdiction": "IT"}]}
                """, "hosting.mode");
    }

    @Test
    void rejectsAnImpossibleDate() {
        badRequest(profile("acme-assistant", target("IT")).replace(AS_OF, "2025-02-30"), "asOf");
    }

    @Test
    void rejectsADateBeforeTheAcceptedRange() {
        badRequest(profile("acme-assistant", target("IT")).replace(AS_OF, "1999-12-31"), "asOf")
                .body("errors[0].message", containsString("2000-01-01"));
    }

    @Test
    void rejectsADateTooFarAhead() {
        String farAhead = java.time.LocalDate.now().plusYears(6).toString();
        badRequest(profile("acme-assistant", target("IT")).replace(AS_OF, farAhead), "asOf");
    }

    @Test
    void rejectsMalformedJson() {
        assess("{\"app\": {\"name\": \"acme-assistant\" \"vendor\": \"DeepSeek\"}}").then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("detail", containsString("was expecting comma"));
    }

    @Test
    void rejectsTruncatedJsonNamingWhereItStopped() {
        assess("{\"app\": {\"name\": \"acme-assistant\",").then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("app"));
    }

    @Test
    void rejectsAnEmptyBody() {
        asTeam().contentType(ContentType.JSON).post(ASSESSMENTS).then().statusCode(400).contentType(PROBLEM);
    }

    @Test
    void rejectsAJsonValueOfTheWrongType() {
        badRequest(profile("acme-assistant", target("IT")).replace("\"targets\": [", "\"targets\": {\"x\": ["), null);
    }

    @Test
    void refusesAnythingButJson() {
        asTeam().contentType(ContentType.TEXT).body(profile("acme-assistant", target("IT")))
                .post(ASSESSMENTS)
                .then().statusCode(415).contentType(PROBLEM).body("status", equalTo(415));
    }

    @Test
    void refusesABodyOverTheSizeLimit() {
        String padding = "x".repeat(300 * 1024);
        String body = profile("acme-assistant", target("IT")).replace("\"processesPersonalData\"",
                "\"notes\": \"" + padding + "\", \"processesPersonalData\"");

        assess(body).then().statusCode(413).contentType(PROBLEM).body("status", equalTo(413))
                .body("detail", containsString("256 KiB"));
        assertThat(rules.evaluations()).isZero();
    }

    @Test
    void namesTheFieldOfAnInvalidDataCountry() {
        badRequest(profile("acme-assistant", target("IT")).replace("[\"CN\"]", "[\"China\"]"),
                "hosting.dataCountries[0]");
    }

    private ValidatableResponse badRequest(String body, String field) {
        ValidatableResponse response = assess(body).then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400));
        if (field != null) {
            response.body("errors.field", hasItem(field));
        }
        return response;
    }
}
