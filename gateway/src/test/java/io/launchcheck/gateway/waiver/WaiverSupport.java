package io.launchcheck.gateway.waiver;

import static io.restassured.RestAssured.given;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;

import io.launchcheck.api.Roles;
import io.launchcheck.gateway.service.GatewayClock;
import io.launchcheck.gateway.support.GatewayTest;
import io.launchcheck.gateway.support.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** Requests, approvals and a movable clock for the waiver tests. */
abstract class WaiverSupport extends GatewayTest {

    static final String WAIVERS = "/api/v1/waivers";
    static final String ALICE = "alice@example.org";
    static final String BOB = "bob@example.org";

    @Inject
    GatewayClock clock;

    @Inject
    Clock injectedClock;

    @AfterEach
    void resetClock() {
        clock.setOffset(Duration.ZERO);
    }

    static RequestSpecification asOfficer(String subject) {
        return given().auth().oauth2(Tokens.token(subject, Roles.COMPLIANCE_OFFICER));
    }

    static String waiverRequest(String rule, String jurisdiction, String app, Instant expiresAt) {
        return """
                {"ruleId": "%s", "jurisdiction": "%s", "app": "%s",
                 "justification": "The authority approved our EU-hosted setup in writing",
                 "reference": "JIRA-4711", "expiresAt": "%s"}
                """.formatted(rule, jurisdiction, app, expiresAt);
    }

    /** A waiver requested by {@code team} and approved by {@link #BOB}; its id. */
    String approvedWaiver(String team, String rule, String jurisdiction, String app, Duration lasting) {
        String id = Tokens.asTeam(team).contentType(ContentType.JSON)
                .body(waiverRequest(rule, jurisdiction, app, injectedClock.instant().plus(lasting)))
                .post(WAIVERS).then().statusCode(201).extract().path("id");
        asOfficer(BOB).post(WAIVERS + "/" + id + "/approve").then().statusCode(200);
        return id;
    }

    static JsonPath assessAs(String team, String body) {
        return Tokens.asTeam(team).contentType(ContentType.JSON).body(body).post(ASSESSMENTS)
                .then().statusCode(201).extract().jsonPath();
    }

    void moveClock(Duration by) {
        clock.setOffset(clock.offset().plus(by));
    }
}
