package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * A compliance officer drafts a rule in the real registry, previews it through the real gateway on the latest stored
 * assessments of two teams (each stored with its own token), publishes it, and the changed verdicts are named; the
 * real rules-service never judges with the draft before it is published, and does right after.
 */
@ExtendWith(E2eSystem.class)
class RuleDraftImpactIT {

    private static final String RULE_ID = "uy-e2e-deepseek-ban";
    private static final String MARKET = "UY";
    private static final String ALPHA = "impact-alpha";
    private static final String BETA = "impact-beta";

    private static final String DRAFT = """
            {"reason": "draft of a DeepSeek ban in Uruguay", "rule":
             {"id": "%s", "jurisdiction": "%s", "kind": "NATIONWIDE_BAN", "title": "Test ban of DeepSeek in Uruguay",
              "subject": {"vendors": ["deepseek"], "apps": [], "originCountries": []},
              "severity": "BLOCKING", "status": "IN_FORCE", "effectiveFrom": "2025-01-01",
              "legalBasis": "End-to-end test rule", "authority": "Test authority",
              "sourceUrl": "https://example.org/uy-e2e", "remediation": "Use another vendor's model.",
              "confidence": "HIGH", "hostingRationale": "Covers DeepSeek's models however they are run.",
              "tests": [
                {"name": "DeepSeek's API for consumers in Uruguay", "target": "UY", "verdict": "NON_COMPLIANT", "matches": true,
                 "profile": {"app": {"name": "chat", "vendor": "DeepSeek", "originCountry": "CN"},
                             "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
                             "targets": [{"jurisdiction": "UY", "segments": ["CONSUMER"]}], "asOf": "2025-06-01"}},
                {"name": "another vendor's model is not covered", "target": "UY", "matches": false,
                 "profile": {"app": {"name": "chat", "vendor": "Mistral AI", "originCountry": "FR"},
                             "hosting": {"mode": "VENDOR_API", "dataCountries": ["FR"]},
                             "targets": [{"jurisdiction": "UY", "segments": ["CONSUMER"]}], "asOf": "2025-06-01"}}]}}
            """.formatted(RULE_ID, MARKET);

    /**
     * Stores an assessment under the team. On this shared, loaded machine the first judgement of a cold stack can
     * time out (a fail-closed 503 with Retry-After): that answer is retried, any other is final.
     */
    private static JsonPath assess(String team, String profile) {
        return Eventually.within(Duration.ofSeconds(60), () -> {
            Response response = given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam(team))
                    .contentType(ContentType.JSON).body(profile).post("/api/v1/assessments");
            if (response.statusCode() == 503) {
                throw new AssertionError("503 from a cold stack; retried");
            }
            if (response.statusCode() != 201) {
                throw new IllegalStateException("expected 201, got " + response.statusCode() + ": " + response.asString());
            }
            return response.jsonPath();
        });
    }

    private static String deepSeek(String app, String mode, String market) {
        return Profiles.app(app, "DeepSeek", "CN", mode, "\"CN\"", "2025-06-01",
                Profiles.target(market, "\"CONSUMER\"", ""));
    }

    @Test
    void aDraftIsPreviewedOnTwoTeamsAssessmentsThenPublishedAndTheChangedVerdictsAreNamed() throws Exception {
        E2eSystem system = E2eSystem.get();
        try (WebhookReceiver alphaHook = new WebhookReceiver("impact-alpha-webhook-secret-0123")) {
            given().baseUri(system.gateway.baseUrl()).auth().oauth2(Tokens.productTeam(ALPHA)).contentType(ContentType.JSON)
                    .body(Map.of("url", alphaHook.url(), "secret", alphaHook.secret())).put("/api/v1/webhook")
                    .then().statusCode(200);
            previewPublishAndTell(system, alphaHook);
        }
    }

    private void previewPublishAndTell(E2eSystem system, WebhookReceiver alphaHook) throws InterruptedException {
        JsonPath alpha = assess(ALPHA, deepSeek("alpha-chat", "VENDOR_API", MARKET));
        JsonPath beta = assess(BETA, deepSeek("beta-search", "SELF_HOSTED", MARKET));
        JsonPath betaElsewhere = assess(BETA, deepSeek("beta-elsewhere", "VENDOR_API", "PY"));
        assertThat(LaunchStoriesIT.result(alpha, MARKET).get("verdict")).isNotEqualTo("NON_COMPLIANT");
        assertThat(LaunchStoriesIT.result(beta, MARKET).get("verdict")).isNotEqualTo("NON_COMPLIANT");

        String draftId = given().baseUri(system.registry.baseUrl()).auth().oauth2(Tokens.officer("e2e-drafter"))
                .contentType(ContentType.JSON).body(DRAFT).post("/api/v1/rule-drafts")
                .then().statusCode(201).body("status", equalTo("OPEN")).body("tests.passed", equalTo(true))
                .extract().path("id");

        // the draft is in no ruleset: the rules-service does not judge with it
        given().baseUri(system.registry.baseUrl()).auth().oauth2(Tokens.auditor()).get("/api/v1/ruleset")
                .then().statusCode(200).body("rules.id", not(hasItem(RULE_ID)));
        assertThat(LaunchStoriesIT.findingIds(LaunchStoriesIT.result(
                assess(ALPHA, deepSeek("alpha-chat", "VENDOR_API", MARKET)), MARKET))).doesNotContain(RULE_ID);

        String request = "{\"drafts\": [\"" + draftId + "\"]}";
        given().baseUri(system.gateway.baseUrl()).auth().oauth2(Tokens.productTeam(ALPHA)).contentType(ContentType.JSON)
                .body(request).post("/api/v1/impact-previews").then().statusCode(403);
        JsonPath preview = given().baseUri(system.gateway.baseUrl()).auth().oauth2(Tokens.officer("e2e-drafter"))
                .contentType(ContentType.JSON).body(request).post("/api/v1/impact-previews")
                .then().statusCode(200).extract().jsonPath();
        assertThat(preview.getInt("assessments")).isGreaterThanOrEqualTo(3);
        assertThat(preview.getInt("changedVerdicts")).isEqualTo(2);
        assertThat(preview.getList("unjudged")).isEmpty();
        List<Map<String, Object>> changes = preview.getList("changes");
        assertThat(changes).extracting(c -> c.get("team"), c -> c.get("app"), c -> c.get("jurisdiction"), c -> c.get("after"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(ALPHA, "alpha-chat", MARKET, "NON_COMPLIANT"),
                        org.assertj.core.groups.Tuple.tuple(BETA, "beta-search", MARKET, "NON_COMPLIANT"));
        assertThat(changes).allSatisfy(c -> assertThat(c.get("rules")).isEqualTo(List.of(RULE_ID)));
        assertThat(changes).extracting(c -> c.get("assessmentId")).doesNotContain(betaElsewhere.getString("id"));
        List<Map<String, Object>> groups = preview.getList("groups");
        assertThat(groups).extracting(g -> g.get("team"), g -> g.get("jurisdiction"), g -> g.get("count"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ALPHA, MARKET, 1),
                        org.assertj.core.groups.Tuple.tuple(BETA, MARKET, 1));

        long before = given().baseUri(system.registry.baseUrl()).auth().oauth2(Tokens.auditor())
                .get("/api/v1/ruleset/version").then().statusCode(200).extract().jsonPath().getLong("version");
        Response published = given().baseUri(system.gateway.baseUrl()).auth().oauth2(Tokens.officer("e2e-publisher"))
                .contentType(ContentType.JSON)
                .body("{\"drafts\": [\"" + draftId + "\"], \"reason\": \"Uruguayan order, end-to-end\"}")
                .post("/api/v1/rule-publications");
        published.then().statusCode(200)
                .body("publication.publishedBy", equalTo("e2e-publisher"))
                .body("publication.rulesetVersion", equalTo((int) before + 1))
                .body("publication.rules", equalTo(List.of(RULE_ID)))
                .body("impact.changedVerdicts", equalTo(2));
        assertThat(published.jsonPath().getList("impact.changes.app")).containsExactlyInAnyOrder("alpha-chat", "beta-search");

        given().baseUri(system.registry.baseUrl()).auth().oauth2(Tokens.auditor())
                .get("/api/v1/rules/" + RULE_ID + "/history").then().statusCode(200)
                .body("[0].actor", equalTo("e2e-publisher")).body("[0].reason", equalTo("Uruguayan order, end-to-end"));
        given().baseUri(system.registry.baseUrl()).auth().oauth2(Tokens.auditor())
                .get("/api/v1/ruleset/diff?from=" + before + "&to=" + (before + 1)).then().statusCode(200)
                .body("added", equalTo(List.of(RULE_ID)));
        given().baseUri(system.gateway.baseUrl()).auth().oauth2(Tokens.officer("e2e-publisher"))
                .contentType(ContentType.JSON).body(request).post("/api/v1/impact-previews").then().statusCode(409);

        JsonPath after = Eventually.within(Duration.ofSeconds(10), () -> {
            JsonPath assessment = assess(ALPHA, deepSeek("alpha-chat", "VENDOR_API", MARKET));
            assertThat(LaunchStoriesIT.findingIds(LaunchStoriesIT.result(assessment, MARKET))).contains(RULE_ID);
            return assessment;
        });
        assertThat(LaunchStoriesIT.result(after, MARKET).get("verdict")).isEqualTo("NON_COMPLIANT");

        // each team whose latest assessment the publication flipped is told once: its feed, and its webhook
        for (String[] told : new String[][] {{ALPHA, "alpha-chat"}, {BETA, "beta-search"}}) {
            JsonPath feed = given().baseUri(system.gateway.baseUrl()).auth().oauth2(Tokens.productTeam(told[0]))
                    .queryParam("app", told[1]).get("/api/v1/feed").then().statusCode(200).extract().jsonPath();
            assertThat(feed.getInt("total")).as("feed of " + told[0]).isEqualTo(1);
            assertThat(feed.getString("items[0].cause")).isEqualTo("RULESET_PUBLISHED");
            assertThat(feed.getList("items[0].rules")).containsExactly(RULE_ID);
            assertThat(feed.getString("items[0].jurisdictions[0].after")).isEqualTo("NON_COMPLIANT");
        }
        given().baseUri(system.gateway.baseUrl()).auth().oauth2(Tokens.productTeam(BETA))
                .queryParam("app", "beta-elsewhere").get("/api/v1/feed").then().statusCode(200).body("total", equalTo(0));
        alphaHook.awaitDeliveries(1);
        Thread.sleep(1500);
        assertThat(alphaHook.received()).as("deliveries to team alpha's webhook").hasSize(1);
        WebhookReceiver.Received delivery = alphaHook.received().get(0);
        assertThat(delivery.signature()).isEqualTo(alphaHook.hmac(delivery.timestamp(), delivery.body()));
        assertThat(delivery.body()).contains("RULESET_PUBLISHED", "alpha-chat", RULE_ID);
    }
}
