package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;


import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Waivers through the three real services: requested by a team, approved by an officer, applied to the real
 * rules' findings, expired (the gateway's test clock moved), revoked; the team's feed and its webhook (a real
 * HTTP server here, checking the HMAC signature) get each verdict change once.
 */
@ExtendWith(E2eSystem.class)
class WaiversIT {

    private static final String TEAM = "e2e-waivers";
    private static final String SECRET = "e2e-webhook-secret-0123456789";
    private static final String OFFICER = "e2e-officer-waivers@example.org";
    private static final String ITALY = Profiles.deepSeekApi("2025-03-01", Profiles.target("IT", "\"CONSUMER\"", ""));

    private WebhookReceiver receiver;
    private List<WebhookReceiver.Received> received;

    @BeforeEach
    void startReceiver() throws IOException {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        receiver = new WebhookReceiver(SECRET);
        received = receiver.received();
    }

    @AfterEach
    void stopReceiverAndResetClock() {
        receiver.close();
        setClock("PT0S");
    }

    private static RequestSpecification gateway(String token) {
        return given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(token);
    }

    private static RequestSpecification team() {
        return gateway(Tokens.productTeam(TEAM));
    }

    private static JsonPath assess() {
        return team().contentType(ContentType.JSON).body(ITALY).post("/api/v1/assessments")
                .then().statusCode(201).extract().jsonPath();
    }

    private static JsonPath setClock(String offset) {
        return gateway(Tokens.officer(OFFICER)).contentType(ContentType.JSON).body(Map.of("offset", offset))
                .put("/api/v1/test-clock").then().statusCode(200).extract().jsonPath();
    }

    /** Waivers for every finding of Italy, requested by the team and approved by the officer; their ids. */
    private static List<String> waiveItaly(JsonPath assessment, Instant expiresAt) {
        List<String> ids = new ArrayList<>();
        for (String rule : LaunchStoriesIT.findingIds(LaunchStoriesIT.result(assessment, "IT"))) {
            String id = team().contentType(ContentType.JSON).body(Map.of("ruleId", rule, "jurisdiction", "IT",
                    "app", "acme-assistant", "justification", "EU-hosted deployment approved in writing",
                    "reference", "e2e letter", "expiresAt", expiresAt.toString()))
                    .post("/api/v1/waivers").then().statusCode(201).extract().path("id");
            team().post("/api/v1/waivers/" + id + "/approve").then().statusCode(403);
            gateway(Tokens.officer(OFFICER)).post("/api/v1/waivers/" + id + "/approve").then().statusCode(200);
            ids.add(id);
        }
        return ids;
    }

    private JsonPath feed() {
        return team().queryParam("app", "acme-assistant").get("/api/v1/feed").then().statusCode(200)
                .extract().jsonPath();
    }

    private void awaitDeliveries(int count) {
        receiver.awaitDeliveries(count);
    }

    private String hmac(String timestamp, String body) {
        return receiver.hmac(timestamp, body);
    }

    @Test
    void aWaiverIsAppliedThenExpiresThenAnotherIsRevokedAndTheTeamIsToldEachTimeOnce() throws Exception {
        team().contentType(ContentType.JSON)
                .body(Map.of("url", receiver.url(), "secret", SECRET))
                .put("/api/v1/webhook").then().statusCode(200);

        JsonPath unwaived = assess();
        assertThat(LaunchStoriesIT.result(unwaived, "IT").get("verdict")).isEqualTo("NON_COMPLIANT");

        // requested by the team, approved by an officer: applied by the real gateway to the real rules' findings
        List<String> waivers = waiveItaly(unwaived, Instant.now().plus(Duration.ofDays(2)));
        JsonPath waived = assess();
        Map<String, Object> italy = LaunchStoriesIT.result(waived, "IT");
        assertThat(italy.get("verdict")).isEqualTo("COMPLIANT");
        assertThat(italy.get("verdictWithoutWaivers")).isEqualTo("NON_COMPLIANT");
        assertThat(waived.getString("results[0].findings[0].waived.approvedBy")).isEqualTo(OFFICER);
        assertThat(waived.getString("overall")).isEqualTo("COMPLIANT");
        assertThat(feed().getInt("total")).isZero();

        // expired: the gateway's clock moves three days on; its expiry check runs at once
        Instant gatewayNow = Instant.parse(setClock("PT72H").getString("now"));
        JsonPath expiredFeed = feed();
        assertThat(expiredFeed.getInt("total")).isEqualTo(1);
        assertThat(expiredFeed.getString("items[0].cause")).isEqualTo("WAIVER_EXPIRED");
        assertThat(expiredFeed.getString("items[0].assessmentId")).isEqualTo(waived.getString("id"));
        assertThat(expiredFeed.getString("items[0].overallBefore")).isEqualTo("COMPLIANT");
        assertThat(expiredFeed.getString("items[0].overallAfter")).isEqualTo("NON_COMPLIANT");
        assertThat(waivers).contains(expiredFeed.getString("items[0].waiverId"));
        JsonPath afterExpiry = assess();
        assertThat(afterExpiry.getString("overall")).isEqualTo("NON_COMPLIANT");
        team().get("/api/v1/waivers/" + waivers.get(0)).then().statusCode(200)
                .body("status", org.hamcrest.Matchers.equalTo("EXPIRED"));
        awaitDeliveries(1);

        // revoked: new waivers (the clock keeps its offset: time does not run backwards), one withdrawn by the officer
        List<String> again = waiveItaly(afterExpiry, gatewayNow.plus(Duration.ofDays(30)));
        assertThat(assess().getString("overall")).isEqualTo("COMPLIANT");
        gateway(Tokens.officer(OFFICER)).contentType(ContentType.JSON).body("{\"comment\": \"letter withdrawn\"}")
                .post("/api/v1/waivers/" + again.get(0) + "/revoke").then().statusCode(200);
        JsonPath revokedFeed = feed();
        assertThat(revokedFeed.getInt("total")).isEqualTo(2);
        assertThat(revokedFeed.getString("items[0].cause")).isEqualTo("WAIVER_REVOKED");
        assertThat(revokedFeed.getString("items[0].waiverId")).isEqualTo(again.get(0));
        assertThat(assess().getString("overall")).isEqualTo("NON_COMPLIANT");
        awaitDeliveries(2);

        // each change arrived once, signed over the timestamp and the body with the team's secret
        Thread.sleep(1500);
        assertThat(received).hasSize(2);
        assertThat(received.get(0).delivery()).isNotEqualTo(received.get(1).delivery());
        for (WebhookReceiver.Received delivery : received) {
            assertThat(delivery.signature()).isEqualTo(hmac(delivery.timestamp(), delivery.body()));
        }
        assertThat(received.get(0).body()).contains("WAIVER_EXPIRED");
        assertThat(received.get(1).body()).contains("WAIVER_REVOKED", again.get(0));
        team().get("/api/v1/webhook/deliveries").then().statusCode(200)
                .body("items.status", org.hamcrest.Matchers.everyItem(org.hamcrest.Matchers.equalTo("DELIVERED")));

        // the history names who did what
        JsonPath history = gateway(Tokens.auditor()).get("/api/v1/waivers/" + again.get(0)).then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("history.action")).containsExactly("REQUESTED", "APPROVED", "REVOKED");
        assertThat(history.getList("history.actor")).containsExactly("dev@" + TEAM + ".example.org", OFFICER, OFFICER);
    }
}
