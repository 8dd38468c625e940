package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.FakeRulesService.Mode;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class ReevaluationTest extends GatewayTest {

    @Test
    void storesANewAssessmentLinkedToTheOldAndShowsWhatChanged() {
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW);
        JsonPath before = assess(profile("acme-assistant", target("IT"), target("KR"), target("JP")))
                .then().statusCode(201).extract().jsonPath();
        String oldId = before.getString("id");

        rules.currentVersion(8).verdict("KR", Verdict.NON_COMPLIANT).verdict("IT", Verdict.COMPLIANT)
                .upcoming("JP", LocalDate.parse("2026-01-01"));
        Response response = asTeam().post(ASSESSMENTS + "/" + oldId + "/reevaluate");

        response.then().statusCode(201).contentType("application/json");
        JsonPath after = response.jsonPath();
        assertThat(after.getString("id")).isNotEqualTo(oldId);
        assertThat(response.header("Location")).endsWith(ASSESSMENTS + "/" + after.getString("id"));
        assertThat(after.getString("reevaluatedFrom")).isEqualTo(oldId);
        assertThat(after.getString("overall")).isEqualTo("NON_COMPLIANT");
        assertThat(after.getString("asOf")).as("judged on the same date").isEqualTo(AS_OF);
        assertThat(after.getLong("rulesetVersion")).isEqualTo(8);
        assertThat(after.getString("changes.previous")).isEqualTo(oldId);
        assertThat(after.getLong("changes.rulesetVersion.before")).isEqualTo(7);
        assertThat(after.getLong("changes.rulesetVersion.after")).isEqualTo(8);
        assertThat(after.getBoolean("changes.asOf.changed")).isFalse();

        Map<String, Object> italy = after.getMap("changes.jurisdictions[0]");
        assertThat(italy).containsEntry("jurisdiction", "IT").containsEntry("before", "NON_COMPLIANT")
                .containsEntry("after", "COMPLIANT").containsEntry("changed", true)
                .containsEntry("findingsRemoved", java.util.List.of("it-ban"))
                .containsEntry("findingsAdded", java.util.List.of());
        Map<String, Object> korea = after.getMap("changes.jurisdictions[1]");
        assertThat(korea).containsEntry("before", "NEEDS_REVIEW").containsEntry("after", "NON_COMPLIANT")
                .containsEntry("findingsAdded", java.util.List.of("kr-ban"))
                .containsEntry("findingsRemoved", java.util.List.of("kr-advisory"));
        Map<String, Object> japan = after.getMap("changes.jurisdictions[2]");
        assertThat(japan).containsEntry("changed", false)
                .containsEntry("upcomingAdded", java.util.List.of("jp-upcoming-ban"));

        String stored = asTeam().get(response.header("Location")).then().statusCode(200).extract().asString();
        assertThat(stored).isEqualTo(response.asString());
        String old = asTeam().get(ASSESSMENTS + "/" + oldId).then().statusCode(200).extract().jsonPath().getString("overall");
        assertThat(old).as("the old assessment is unchanged").isEqualTo("NON_COMPLIANT");
    }

    @Test
    void judgesAgainstAPinnedRulesetVersionAndAnotherDate() {
        String oldId = assess(profile("acme-assistant", target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");
        rules.currentVersion(9);

        JsonPath after = asTeam().contentType(ContentType.JSON).body("{\"rulesetVersion\": 7, \"asOf\": \"2025-06-01\"}")
                .post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                .then().statusCode(201).extract().jsonPath();

        assertThat(after.getLong("rulesetVersion")).isEqualTo(7);
        assertThat(after.getString("asOf")).isEqualTo("2025-06-01");
        assertThat(after.getBoolean("changes.asOf.changed")).isTrue();
        assertThat(rules.lastRequest().get("rulesetVersion").asLong()).isEqualTo(7);
    }

    @Test
    void relaysAnUnknownRulesetVersionAs404() {
        String oldId = assess(profile("acme-assistant", target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");
        long stored = stored();

        asTeam().contentType(ContentType.JSON).body("{\"rulesetVersion\": 99}")
                .post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", org.hamcrest.Matchers.containsString("99"));
        assertThat(stored()).isEqualTo(stored);
    }

    @Test
    void rejectsAnInvalidRulesetVersion() {
        String oldId = assess(profile("acme-assistant", target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");

        asTeam().contentType(ContentType.JSON).body("{\"rulesetVersion\": 0}")
                .post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                .then().statusCode(400).body("errors.field", hasItem("rulesetVersion"));
    }

    @Test
    void readsAJsonNullOrEmptyBodyAsNoOptions() {
        String oldId = assess(profile("acme-assistant", target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");

        for (String body : new String[] {"null", " null ", "", "{}"}) {
            asTeam().contentType(ContentType.JSON).body(body)
                    .post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                    .then().statusCode(201).body("reevaluatedFrom", equalTo(oldId));
        }
    }

    @Test
    void refusesAnUnknownOptionSuggestingTheKnownOne() {
        String oldId = assess(profile("acme-assistant", target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");

        asTeam().contentType(ContentType.JSON).body("{\"rulesetVersio\": 3}")
                .post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("rulesetVersio"))
                .body("errors[0].message", containsString("did you mean 'rulesetVersion'"));
        asTeam().contentType(ContentType.JSON).body("{\"rulesetVersion\": \"3\"}")
                .post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                .then().statusCode(400).body("errors[0].field", equalTo("rulesetVersion"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void refusesABodyThatIsNotJson() {
        String oldId = assess(profile("acme-assistant", target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");

        asTeam().contentType(ContentType.TEXT).body("rulesetVersion=7")
                .post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void rejectsAnImpossibleAsOf() {
        String oldId = assess(profile("acme-assistant", target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");

        asTeam().contentType(ContentType.JSON).body("{\"asOf\": \"2025-13-01\"}")
                .post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("asOf"));
    }

    @Test
    void answers404ForAnUnknownAssessment() {
        asTeam().post(ASSESSMENTS + "/" + UUID.randomUUID() + "/reevaluate")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void answers503AndStoresNothingWhenNoVerdictCanBeObtained() {
        String oldId = assess(profile("acme-assistant", target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");
        long stored = stored();
        rules.mode(Mode.FAIL_500);

        asTeam().post(ASSESSMENTS + "/" + oldId + "/reevaluate")
                .then().statusCode(503).header("Retry-After", equalTo("5"));
        assertThat(stored()).isEqualTo(stored);
    }
}
