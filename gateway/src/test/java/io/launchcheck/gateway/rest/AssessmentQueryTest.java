package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asComplianceOfficer;
import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Verdict;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class AssessmentQueryTest extends GatewayTest {

    @Test
    void answers404ForAnUnknownAssessment() {
        asTeam().get(ASSESSMENTS + "/" + UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
    }

    @Test
    void answers404ForAnIdThatIsNotAUuid() {
        asTeam().get(ASSESSMENTS + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void listsAnAppsAssessmentsNewestFirstInPages() {
        String app = uniqueApp("lister");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            ids.add(assess(profile(app, target("DE"))).then().statusCode(201).extract().jsonPath().getString("id"));
        }
        assess(profile(uniqueApp("other"), target("DE"))).then().statusCode(201);

        JsonPath first = list("app", app.toUpperCase(), "size", "2");
        assertThat(first.getList("items.id")).containsExactly(ids.get(2), ids.get(1));
        assertThat(first.getLong("total")).isEqualTo(3);
        assertThat(first.getInt("page")).isZero();
        assertThat(first.getInt("size")).isEqualTo(2);
        assertThat(first.getString("items[0].href")).isEqualTo(ASSESSMENTS + "/" + ids.get(2));
        assertThat(first.getString("items[0].app")).isEqualTo(app);

        JsonPath second = list("app", app, "size", "2", "page", "1");
        assertThat(second.getList("items.id")).containsExactly(ids.get(0));
        assertThat(second.getLong("total")).isEqualTo(3);
    }

    @Test
    void answersAnIdThatIsNotAUuidAsAnUnknownAssessment() {
        asTeam().get(ASSESSMENTS + "/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No assessment with id not-a-uuid"));
    }

    @Test
    void sendsTheTotalAndTheNeighbouringPagesAsHeadersBesideTheEnvelope() {
        String app = uniqueApp("headers");
        for (int i = 0; i < 3; i++) {
            assess(profile(app, target("DE"))).then().statusCode(201);
        }

        Response first = asTeam().queryParam("app", app).queryParam("size", 2).get(ASSESSMENTS);
        first.then().statusCode(200).header("X-Total-Count", equalTo("3")).body("total", equalTo(3));
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("page=1").doesNotContain("rel=\"prev\"");
        Response last = asTeam().queryParam("app", app).queryParam("size", 2)
                .queryParam("page", 1).get(ASSESSMENTS);
        last.then().statusCode(200).header("X-Total-Count", equalTo("3"));
        assertThat(last.header("Link")).contains("rel=\"prev\"").contains("page=0").doesNotContain("rel=\"next\"");
    }

    @Test
    void namesTheBoundsOfAPageSizeOutOfRange() {
        asTeam().queryParam("size", 101).get(ASSESSMENTS).then().statusCode(400)
                .body("errors[0].field", equalTo("size")).body("errors[0].message", equalTo("must be between 1 and 100"));
    }

    @Test
    void filtersByOverallVerdict() {
        String app = uniqueApp("filter");
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW);
        String blocked = assess(profile(app, target("IT"))).then().statusCode(201).extract().jsonPath().getString("id");
        String review = assess(profile(app, target("KR"))).then().statusCode(201).extract().jsonPath().getString("id");
        assess(profile(app, target("DE"))).then().statusCode(201);

        assertThat(list("app", app, "verdict", "NON_COMPLIANT").getList("items.id")).containsExactly(blocked);
        assertThat(list("app", app, "verdict", " needs_review ").getList("items.id")).containsExactly(review);
        assertThat(list("app", app, "verdict", "COMPLIANT").getLong("total")).isEqualTo(1);
        assertThat(list("app", app).getLong("total")).isEqualTo(3);
    }

    @Test
    void findsTheLaunchesARuleDecidesOrWillDecideForEveryTeam() {
        String app = uniqueApp("impact");
        rules.verdict("IT", Verdict.NON_COMPLIANT).upcoming("KR", LocalDate.parse("2030-01-01"));
        String italy = asTeam("alpha").contentType(ContentType.JSON)
                .body(profile(app, target("IT"))).post(ASSESSMENTS)
                .then().statusCode(201).extract().jsonPath().getString("id");
        String korea = asTeam("beta").contentType(ContentType.JSON)
                .body(profile(app, target("KR"))).post(ASSESSMENTS)
                .then().statusCode(201).extract().jsonPath().getString("id");
        assess(profile(app, target("DE"))).then().statusCode(201);

        JsonPath banned = asComplianceOfficer()
                .queryParam("app", app).queryParam("ruleId", "it-ban").get(ASSESSMENTS)
                .then().statusCode(200).extract().jsonPath();
        assertThat(banned.getList("items.id")).containsExactly(italy);
        JsonPath comingUp = asComplianceOfficer()
                .queryParam("app", app).queryParam("ruleId", " kr-upcoming-ban ").get(ASSESSMENTS)
                .then().statusCode(200).extract().jsonPath();
        assertThat(comingUp.getList("items.id")).containsExactly(korea);
        assertThat(asTeam("alpha").queryParam("ruleId", "kr-upcoming-ban").queryParam("app", app).get(ASSESSMENTS)
                .then().statusCode(200).extract().jsonPath().getLong("total")).isZero();
    }

    @Test
    void rejectsAnUnknownVerdictFilter() {
        asTeam().queryParam("verdict", "GREEN").get(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("verdict"));
    }

    @Test
    void rejectsPageSizesOutsideTheRange() {
        asTeam().queryParam("size", 0).get(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("size"));
        asTeam().queryParam("size", 101).get(ASSESSMENTS)
                .then().statusCode(400).body("errors.field", hasItem("size"));
        asTeam().queryParam("page", -1).get(ASSESSMENTS)
                .then().statusCode(400).body("errors.field", hasItem("page"));
        asTeam().queryParam("page", "first").get(ASSESSMENTS)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("page"));
        asTeam().queryParam("page", 2_000_000_000).queryParam("size", 100).get(ASSESSMENTS)
                .then().statusCode(400).body("errors.field", hasItem("page"));
    }

    @Test
    void keepsStoredAssessmentsImmutableInTheDatabase() {
        String id = assess(profile(uniqueApp("immutable"), target("DE"))).then().statusCode(201)
                .extract().jsonPath().getString("id");

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> repository.getEntityManager()
                .createNativeQuery("update assessment set overall = 'COMPLIANT', body = '{}' where id = :id")
                .setParameter("id", UUID.fromString(id)).executeUpdate()))
                .hasStackTraceContaining("assessments are immutable");
        asTeam().get(ASSESSMENTS + "/" + id).then().statusCode(200).body("id", equalTo(id));
    }

    private static JsonPath list(String... params) {
        var request = asTeam();
        for (int i = 0; i < params.length; i += 2) {
            request.queryParam(params[i], params[i + 1]);
        }
        return request.get(ASSESSMENTS).then().statusCode(200).contentType("application/json").extract().jsonPath();
    }
}
