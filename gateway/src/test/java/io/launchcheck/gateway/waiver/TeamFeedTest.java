package io.launchcheck.gateway.waiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.service.TeamNotifier;
import io.launchcheck.gateway.service.WaiverExpiryCheck;
import io.launchcheck.gateway.service.WebhookSender;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A waiver's expiry or revocation that changes the verdict of a team's latest assessment is told once, in the
 * team's feed and to its webhook (a real HTTP server here), signed, retried with back-off, logged.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class TeamFeedTest extends WaiverSupport {

    static final String SECRET = "a-long-random-shared-secret";

    /** One request the receiver got. */
    record Received(String body, Map<String, List<String>> headers) {
    }

    @Inject
    WaiverExpiryCheck expiryCheck;

    @Inject
    WebhookSender sender;

    @Inject
    TeamNotifier notifier;

    HttpServer receiver;
    final List<Received> received = new CopyOnWriteArrayList<>();
    final AtomicInteger failuresLeft = new AtomicInteger();
    String team;
    String app;

    @BeforeEach
    void startReceiver() throws IOException {
        rules.verdict("IT", Verdict.NON_COMPLIANT);
        team = uniqueApp("team");
        app = uniqueApp("told");
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(new String(body, StandardCharsets.UTF_8), Map.copyOf(exchange.getRequestHeaders())));
            int status = failuresLeft.getAndDecrement() > 0 ? 503 : 204;
            exchange.sendResponseHeaders(status, -1);
            try (OutputStream out = exchange.getResponseBody()) {
                out.flush();
            }
        });
        receiver.start();
        Tokens.asTeam(team).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", "secret", SECRET))
                .put("/api/v1/webhook").then().statusCode(200).body("team", equalTo(team))
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("secret")));
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private JsonPath feed() {
        return Tokens.asTeam(team).queryParam("app", app).get("/api/v1/feed").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void anExpiryThatFlipsTheVerdictIsToldOnceInTheFeedAndToTheWebhookSigned() {
        String waiver = approvedWaiver(team, "it-ban", "IT", app, Duration.ofDays(1));
        JsonPath assessment = assessAs(team, profile(app, target("IT")));
        assertThat(assessment.getString("overall")).isEqualTo("COMPLIANT");

        moveClock(Duration.ofDays(1).plusMinutes(1));
        expiryCheck.check();
        expiryCheck.check();

        JsonPath feed = feed();
        assertThat(feed.getInt("total")).isEqualTo(1);
        assertThat(feed.getString("items[0].cause")).isEqualTo("WAIVER_EXPIRED");
        assertThat(feed.getString("items[0].waiverId")).isEqualTo(waiver);
        assertThat(feed.getString("items[0].assessmentId")).isEqualTo(assessment.getString("id"));
        assertThat(feed.getString("items[0].overallBefore")).isEqualTo("COMPLIANT");
        assertThat(feed.getString("items[0].overallAfter")).isEqualTo("NON_COMPLIANT");
        assertThat(feed.getList("items[0].rules")).containsExactly("it-ban");
        assertThat(feed.getString("items[0].jurisdictions[0].before")).isEqualTo("COMPLIANT");
        assertThat(feed.getString("items[0].jurisdictions[0].after")).isEqualTo("NON_COMPLIANT");

        sender.sendDue();
        sender.sendDue();
        assertThat(received).hasSize(1);
        Received delivery = received.get(0);
        String timestamp = delivery.headers().get("X-launchcheck-timestamp").get(0);
        assertThat(delivery.headers().get("X-launchcheck-signature").get(0))
                .isEqualTo(WebhookSender.sign(SECRET, Long.parseLong(timestamp), delivery.body()))
                .isNotEqualTo(WebhookSender.sign("another-secret-of-length", Long.parseLong(timestamp), delivery.body()));
        assertThat(delivery.body()).contains(waiver, "WAIVER_EXPIRED", "NON_COMPLIANT");
        Tokens.asTeam(team).get("/api/v1/webhook/deliveries").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].status", equalTo("DELIVERED"))
                .body("items[0].attempts", equalTo(1)).body("items[0].log[0].statusCode", equalTo(204));
    }

    @Test
    void aFailedDeliveryIsRetriedWithBackOffAndLogged() {
        failuresLeft.set(2);
        String waiver = approvedWaiver(team, "it-ban", "IT", app, Duration.ofDays(30));
        assessAs(team, profile(app, target("IT")));
        asOfficer(ALICE).post(WAIVERS + "/" + waiver + "/revoke").then().statusCode(200);
        assertThat(feed().getString("items[0].cause")).isEqualTo("WAIVER_REVOKED");

        sender.sendDue();
        assertThat(received).hasSize(1);
        sender.sendDue();
        assertThat(received).as("not due before the back-off").hasSize(1);
        moveClock(Duration.ofSeconds(11));
        sender.sendDue();
        assertThat(received).hasSize(2);
        moveClock(Duration.ofSeconds(11));
        sender.sendDue();
        assertThat(received).as("the second wait is doubled").hasSize(2);
        moveClock(Duration.ofSeconds(10));
        sender.sendDue();
        assertThat(received).hasSize(3);
        assertThat(received.get(0).headers().get("X-launchcheck-delivery"))
                .isEqualTo(received.get(2).headers().get("X-launchcheck-delivery"));
        JsonPath log = Tokens.asTeam(team).get("/api/v1/webhook/deliveries").then().statusCode(200).extract().jsonPath();
        assertThat(log.getString("items[0].status")).isEqualTo("DELIVERED");
        assertThat(log.getList("items[0].log.statusCode")).containsExactly(503, 503, 204);
        assertThat(log.getString("items[0].log[0].error")).contains("503");
    }

    @Test
    void nothingIsToldWhenTheVerdictDoesNotChange() {
        rules.verdict("KR", Verdict.NON_COMPLIANT);
        String waiver = approvedWaiver(team, "it-ban", "IT", app, Duration.ofDays(30));
        assertThat(assessAs(team, profile(app, target("IT"), target("KR"))).getString("overall"))
                .isEqualTo("NON_COMPLIANT");
        rules.verdict("IT", Verdict.COMPLIANT);
        asOfficer(ALICE).post(WAIVERS + "/" + waiver + "/revoke").then().statusCode(200);
        assertThat(feed().getInt("total")).isZero();
        sender.sendDue();
        assertThat(received).isEmpty();
    }

    @Test
    void teamsReadOnlyTheirOwnFeedAndDeliveries() {
        String waiver = approvedWaiver(team, "it-ban", "IT", app, Duration.ofDays(30));
        assessAs(team, profile(app, target("IT")));
        asOfficer(ALICE).post(WAIVERS + "/" + waiver + "/revoke").then().statusCode(200);
        Tokens.asTeam("growth").queryParam("app", app).get("/api/v1/feed").then().statusCode(200)
                .body("total", equalTo(0));
        Tokens.asTeam("growth").queryParam("team", team).get("/api/v1/feed").then().statusCode(403);
        Tokens.asTeam("growth").queryParam("team", team).get("/api/v1/webhook/deliveries").then().statusCode(403);
        Tokens.asAuditor().queryParam("team", team).get("/api/v1/feed").then().statusCode(200)
                .body("total", equalTo(1));
        Tokens.asAuditor().queryParam("team", team).get("/api/v1/webhook/deliveries").then().statusCode(200)
                .body("total", equalTo(1));
        Tokens.asAuditor().get("/api/v1/webhook").then().statusCode(403);
        Tokens.asTeam("growth").get("/api/v1/webhook").then().statusCode(404);
    }

    @Test
    void aPublishedRulesetChangeIsToldThroughTheSameHook() {
        rules.verdict("IT", Verdict.COMPLIANT);
        assertThat(assessAs(team, profile(app, target("IT"))).getString("overall")).isEqualTo("COMPLIANT");
        rules.verdict("IT", Verdict.NEEDS_REVIEW);
        notifier.recheck(team, app, io.launchcheck.gateway.domain.FeedItem.Cause.RULESET_PUBLISHED, null,
                List.of("it-advisory"));
        notifier.recheck(team, app, io.launchcheck.gateway.domain.FeedItem.Cause.RULESET_PUBLISHED, null,
                List.of("it-advisory"));
        JsonPath feed = feed();
        assertThat(feed.getInt("total")).isEqualTo(1);
        assertThat(feed.getString("items[0].cause")).isEqualTo("RULESET_PUBLISHED");
        assertThat(feed.getString("items[0].overallAfter")).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void aWebhookNeedsAnHttpUrlAndALongSecret() {
        Tokens.asTeam(team).contentType(ContentType.JSON).body(Map.of("url", "ftp://example.org/x", "secret", SECRET))
                .put("/api/v1/webhook").then().statusCode(400).body("errors[0].field", equalTo("url"));
        Tokens.asTeam(team).contentType(ContentType.JSON).body(Map.of("url", "https://example.org/x", "secret", "short"))
                .put("/api/v1/webhook").then().statusCode(400).body("errors[0].field", equalTo("secret"));
    }
}
