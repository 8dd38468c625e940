package io.launchcheck.gateway.waiver;

import static io.launchcheck.gateway.support.Tokens.TEAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.service.Waivers;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * An approved waiver covers its rule's findings on every path (new assessment, re-evaluation, the launch-map
 * function), is reported, never hidden, and stops counting on every path the moment it expires or is revoked.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class WaiverApplicationTest extends WaiverSupport {

    @Inject
    Waivers waivers;

    @Inject
    Clock injected;

    String app;

    @BeforeEach
    void banItaly() {
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW);
        app = uniqueApp("waived");
    }

    @Test
    void aWaivedFindingIsReportedAsWaivedAndDoesNotCountTowardTheVerdict() {
        String id = approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(30));
        JsonPath assessment = assessAs(TEAM, profile(app, target("IT"), target("KR")));

        assertThat(assessment.getString("overall")).isEqualTo("NEEDS_REVIEW");
        assertThat(assessment.getString("results[0].verdict")).isEqualTo("COMPLIANT");
        assertThat(assessment.getString("results[0].verdictWithoutWaivers")).isEqualTo("NON_COMPLIANT");
        assertThat(assessment.getString("results[0].findings[0].ruleId")).isEqualTo("it-ban");
        assertThat(assessment.getString("results[0].findings[0].waived.id")).isEqualTo(id);
        assertThat(assessment.getString("results[0].findings[0].waived.approvedBy")).isEqualTo(BOB);
        assertThat(assessment.getString("results[0].findings[0].waived.reference")).isEqualTo("JIRA-4711");
        assertThat(assessment.getString("results[0].findings[0].waived.expiresAt")).isNotBlank();
        assertThat(assessment.getString("results[0].note")).contains("it-ban", id, BOB, "NON_COMPLIANT");
        assertThat(assessment.getString("results[1].verdict")).isEqualTo("NEEDS_REVIEW");
        assertThat(assessment.getMap("results[1]")).doesNotContainKeys("note", "verdictWithoutWaivers");
        assertThat(assessment.getMap("results[1].findings[0]")).doesNotContainKey("waived");
        // the stored answer is the one given
        Tokens.asTeam().get(ASSESSMENTS + "/" + assessment.getString("id")).then().statusCode(200)
                .body("results[0].findings[0].waived.id", equalTo(id)).body("overall", equalTo("NEEDS_REVIEW"));
    }

    @Test
    void aWaiverCoversOnlyItsRuleJurisdictionAppAndTeam() {
        approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(30));
        rules.verdict("FR", Verdict.NON_COMPLIANT);
        JsonPath otherTarget = assessAs(TEAM, profile(app, target("FR")));
        assertThat(otherTarget.getString("overall")).isEqualTo("NON_COMPLIANT");
        JsonPath otherApp = assessAs(TEAM, profile(app + "-other", target("IT")));
        assertThat(otherApp.getString("overall")).isEqualTo("NON_COMPLIANT");
        JsonPath otherTeam = assessAs("growth", profile(app, target("IT")));
        assertThat(otherTeam.getString("overall")).isEqualTo("NON_COMPLIANT");
        JsonPath sameAppOtherCase = assessAs(TEAM, profile(app.toUpperCase(), target("it")));
        assertThat(sameAppOtherCase.getString("overall")).isEqualTo("COMPLIANT");
    }

    @Test
    void anExpiredWaiverNoLongerCountsForANewAssessment() {
        String id = approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(2));
        assertThat(assessAs(TEAM, profile(app, target("IT"))).getString("overall")).isEqualTo("COMPLIANT");
        moveClock(Duration.ofDays(2));
        JsonPath after = assessAs(TEAM, profile(app, target("IT")));
        assertThat(after.getString("overall")).isEqualTo("NON_COMPLIANT");
        assertThat(after.getMap("results[0].findings[0]")).doesNotContainKey("waived");
        Tokens.asTeam().get(WAIVERS + "/" + id).then().statusCode(200).body("status", equalTo("EXPIRED"));
    }

    @Test
    void anExpiredWaiverNoLongerCountsForAReevaluation() {
        approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(2));
        JsonPath waived = assessAs(TEAM, profile(app, target("IT")));
        assertThat(waived.getString("overall")).isEqualTo("COMPLIANT");
        moveClock(Duration.ofDays(3));
        JsonPath again = Tokens.asTeam().post(ASSESSMENTS + "/" + waived.getString("id") + "/reevaluate")
                .then().statusCode(201).extract().jsonPath();
        assertThat(again.getString("overall")).isEqualTo("NON_COMPLIANT");
        assertThat(again.getString("changes.jurisdictions[0].before")).isEqualTo("COMPLIANT");
    }

    @Test
    void aRevokedWaiverNoLongerCountsForANewAssessmentOrAReevaluation() {
        String id = approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(30));
        JsonPath waived = assessAs(TEAM, profile(app, target("IT")));
        assertThat(waived.getString("overall")).isEqualTo("COMPLIANT");
        asOfficer(ALICE).contentType(ContentType.JSON).body("{\"comment\": \"letter withdrawn\"}")
                .post(WAIVERS + "/" + id + "/revoke").then().statusCode(200).body("status", equalTo("REVOKED"))
                .body("revokedBy", equalTo(ALICE));
        assertThat(assessAs(TEAM, profile(app, target("IT"))).getString("overall")).isEqualTo("NON_COMPLIANT");
        Tokens.asTeam().post(ASSESSMENTS + "/" + waived.getString("id") + "/reevaluate")
                .then().statusCode(201).body("overall", equalTo("NON_COMPLIANT"));
    }

    @Test
    void theLaunchMapFunctionHonoursOnlyActiveWaivers() {
        String id = approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(2));
        List<JurisdictionResult> judged = List.of(new JurisdictionResult("IT", Verdict.NON_COMPLIANT,
                List.of(new Finding("it-ban", RuleKind.NATIONWIDE_BAN, Severity.BLOCKING, RuleStatus.IN_FORCE, "IT",
                        null, "banned", List.of("vendor matches"), null, null, null, null, null,
                        java.time.LocalDate.parse("2025-01-01"), null)), List.of()));
        Instant now = injected.instant();

        List<JurisdictionResult> waivedNow = waivers.apply(judged, app, TEAM, now);
        assertThat(waivedNow.get(0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(waivedNow.get(0).findings().get(0).waived().id().toString()).isEqualTo(id);
        assertThat(Waivers.overall(waivedNow)).isEqualTo(Verdict.COMPLIANT);

        List<JurisdictionResult> atExpiry = waivers.apply(waivedNow, app, TEAM, now.plus(Duration.ofDays(2)));
        assertThat(atExpiry.get(0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        assertThat(atExpiry.get(0).findings().get(0).waived()).isNull();
        assertThat(atExpiry.get(0).note()).isNull();
        assertThat(waivers.apply(judged, app, "growth", now).get(0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);

        asOfficer(ALICE).post(WAIVERS + "/" + id + "/revoke").then().statusCode(200);
        assertThat(waivers.apply(waivedNow, app, TEAM, now).get(0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
    }

    @Test
    void expiryIsRequiredInTheFutureAndBounded() {
        Instant now = injected.instant();
        Tokens.asTeam().contentType(ContentType.JSON)
                .body(Map.of("ruleId", "it-ban", "jurisdiction", "IT", "app", app, "justification", "why",
                        "reference", "JIRA-1"))
                .post(WAIVERS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("expiresAt"));
        Tokens.asTeam().contentType(ContentType.JSON).body(waiverRequest("it-ban", "IT", app, now.minusSeconds(60)))
                .post(WAIVERS).then().statusCode(422).body("errors[0].field", equalTo("expiresAt"));
        Tokens.asTeam().contentType(ContentType.JSON)
                .body(waiverRequest("it-ban", "IT", app, now.plus(Duration.ofDays(366))))
                .post(WAIVERS).then().statusCode(422).body("errors[0].field", equalTo("expiresAt"));
        Tokens.asTeam().contentType(ContentType.JSON).body(waiverRequest("it-ban", "Italy!", app, now.plusSeconds(600)))
                .post(WAIVERS).then().statusCode(400).body("errors[0].field", equalTo("jurisdiction"));
        Tokens.asTeam().contentType(ContentType.JSON)
                .body("{\"ruleId\": \"it-ban\", \"jurisdicton\": \"IT\"}")
                .post(WAIVERS).then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void anApproverMayShortenButNotLengthenTheExpiry() {
        Instant now = injected.instant();
        String id = Tokens.asTeam().contentType(ContentType.JSON)
                .body(waiverRequest("it-ban", "IT", app, now.plus(Duration.ofDays(10))))
                .post(WAIVERS).then().statusCode(201).extract().path("id");
        asOfficer(BOB).contentType(ContentType.JSON)
                .body("{\"expiresAt\": \"" + now.plus(Duration.ofDays(11)) + "\"}")
                .post(WAIVERS + "/" + id + "/approve").then().statusCode(422).body("errors[0].field", equalTo("expiresAt"));
        asOfficer(BOB).contentType(ContentType.JSON)
                .body("{\"expiresAt\": \"" + now.plus(Duration.ofDays(1)) + "\", \"comment\": \"one day\"}")
                .post(WAIVERS + "/" + id + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        moveClock(Duration.ofDays(1).plusSeconds(1));
        assertThat(assessAs(TEAM, profile(app, target("IT"))).getString("overall")).isEqualTo("NON_COMPLIANT");
        asOfficer(ALICE).post(WAIVERS + "/" + id + "/revoke").then().statusCode(409);
    }
}
