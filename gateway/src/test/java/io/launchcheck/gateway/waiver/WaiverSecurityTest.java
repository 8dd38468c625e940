package io.launchcheck.gateway.waiver;

import static io.launchcheck.gateway.support.Tokens.TEAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Four eyes, teams kept apart, and every action in the history with the token's subject. */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class WaiverSecurityTest extends WaiverSupport {

    private String requested(String team, String app) {
        return Tokens.asTeam(team).contentType(ContentType.JSON)
                .body(waiverRequest("it-ban", "IT", app, injectedClock.instant().plus(Duration.ofDays(30))))
                .post(WAIVERS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aProductTeamCannotApproveOrRejectItsOwnWaiver() {
        String id = requested(TEAM, uniqueApp("own"));
        Tokens.asTeam().post(WAIVERS + "/" + id + "/approve").then().statusCode(403)
                .contentType("application/problem+json");
        Tokens.asTeam().post(WAIVERS + "/" + id + "/reject").then().statusCode(403);
        Tokens.asTeam().get(WAIVERS + "/" + id).then().statusCode(200).body("status", equalTo("REQUESTED"));
    }

    @Test
    void anOfficerCannotApproveOrRejectAWaiverTheyRequested() {
        String app = uniqueApp("officer");
        String id = asOfficer(ALICE).contentType(ContentType.JSON)
                .body(Map.of("ruleId", "it-ban", "jurisdiction", "IT", "app", app, "team", TEAM,
                        "justification", "Ministry letter", "reference", "letter 7",
                        "expiresAt", injectedClock.instant().plus(Duration.ofDays(5)).toString()))
                .post(WAIVERS).then().statusCode(201).body("team", equalTo(TEAM))
                .body("requestedBy", equalTo(ALICE)).extract().path("id");
        asOfficer(ALICE).post(WAIVERS + "/" + id + "/approve").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("Four eyes"));
        asOfficer(ALICE).post(WAIVERS + "/" + id + "/reject").then().statusCode(403);
        asOfficer(BOB).post(WAIVERS + "/" + id + "/approve").then().statusCode(200).body("approvedBy", equalTo(BOB));
        asOfficer(BOB).post(WAIVERS + "/" + id + "/approve").then().statusCode(409);
    }

    @Test
    void anOfficerRequestingNamesTheTeamAndAProductTeamOnlyItsOwn() {
        asOfficer(ALICE).contentType(ContentType.JSON)
                .body(waiverRequest("it-ban", "IT", "x", injectedClock.instant().plusSeconds(3600)))
                .post(WAIVERS).then().statusCode(400).body("errors[0].field", equalTo("team"));
        Tokens.asTeam().contentType(ContentType.JSON)
                .body(Map.of("ruleId", "it-ban", "jurisdiction", "IT", "app", "x", "team", "growth",
                        "justification", "j", "reference", "r",
                        "expiresAt", injectedClock.instant().plusSeconds(3600).toString()))
                .post(WAIVERS).then().statusCode(403);
    }

    @Test
    void aTeamCannotSeeOrRevokeAnotherTeamsWaiver() {
        String app = uniqueApp("apart");
        String id = approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(30));
        Tokens.asTeam("growth").get(WAIVERS + "/" + id).then().statusCode(404);
        Tokens.asTeam("growth").post(WAIVERS + "/" + id + "/revoke").then().statusCode(404);
        Tokens.asTeam("growth").queryParam("app", app).get(WAIVERS).then().statusCode(200).body("total", equalTo(0));
        Tokens.asTeam("growth").queryParam("team", TEAM).get(WAIVERS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Tokens.asTeam().queryParam("app", app).get(WAIVERS).then().statusCode(200).body("items[0].id", equalTo(id));
        Tokens.asAuditor().queryParam("app", app).get(WAIVERS).then().statusCode(200).body("items[0].id", equalTo(id));
        Tokens.asAuditor().get(WAIVERS + "/" + id).then().statusCode(200).body("team", equalTo(TEAM));
        Tokens.asTeam().queryParam("app", app).queryParam("active", "true").get(WAIVERS).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void anAuditorReadsButNeitherRequestsNorDecides() {
        String id = requested(TEAM, uniqueApp("audit"));
        Tokens.asAuditor().contentType(ContentType.JSON)
                .body(waiverRequest("it-ban", "IT", "x", injectedClock.instant().plusSeconds(3600)))
                .post(WAIVERS).then().statusCode(403);
        Tokens.asAuditor().post(WAIVERS + "/" + id + "/approve").then().statusCode(403);
        Tokens.asAuditor().post(WAIVERS + "/" + id + "/revoke").then().statusCode(403);
        given().get(WAIVERS).then().statusCode(401);
        given().post(WAIVERS + "/" + id + "/approve").then().statusCode(401);
    }

    @Test
    void everyActionIsInTheHistoryWithTheTokensSubject() {
        String app = uniqueApp("history");
        String id = requested(TEAM, app);
        asOfficer(BOB).contentType(ContentType.JSON).body("{\"comment\": \"letter checked\"}")
                .post(WAIVERS + "/" + id + "/approve").then().statusCode(200);
        Tokens.asTeam().contentType(ContentType.JSON).body("{\"comment\": \"no longer needed\"}")
                .post(WAIVERS + "/" + id + "/revoke").then().statusCode(200);
        JsonPath waiver = Tokens.asAuditor().get(WAIVERS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(waiver.getList("history.action")).containsExactly("REQUESTED", "APPROVED", "REVOKED");
        assertThat(waiver.getList("history.actor"))
                .containsExactly("dev@payments.example.org", BOB, "dev@payments.example.org");
        assertThat(waiver.getList("history.comment")).containsExactly(null, "letter checked", "no longer needed");

        String rejected = requested(TEAM, app);
        asOfficer(ALICE).post(WAIVERS + "/" + rejected + "/reject").then().statusCode(200);
        List<String> actors = Tokens.asTeam().get(WAIVERS + "/" + rejected).then().statusCode(200)
                .body("status", equalTo("REJECTED")).extract().path("history.actor");
        assertThat(actors).containsExactly("dev@payments.example.org", ALICE);

        String expiring = approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofHours(1));
        moveClock(Duration.ofHours(2));
        expiryCheck.check();
        JsonPath expired = Tokens.asTeam().get(WAIVERS + "/" + expiring).then().statusCode(200).extract().jsonPath();
        assertThat(expired.getString("status")).isEqualTo("EXPIRED");
        assertThat(expired.getList("history.action")).containsExactly("REQUESTED", "APPROVED", "EXPIRED");
        assertThat(expired.getList("history.actor")).containsExactly("dev@payments.example.org", BOB, "system");
    }

    @jakarta.inject.Inject
    io.launchcheck.gateway.service.WaiverExpiryCheck expiryCheck;
}
