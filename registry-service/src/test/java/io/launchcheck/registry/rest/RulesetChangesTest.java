package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createRule;
import static io.launchcheck.registry.rest.Fixtures.createVendor;
import static io.launchcheck.registry.rest.Fixtures.rule;
import static io.launchcheck.registry.rest.Fixtures.rulesetVersion;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.launchcheck.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The changes since a held ruleset version, with which the rules-service follows each change. */
@QuarkusTest
class RulesetChangesTest {

    private static final String CHANGES = "/api/v1/ruleset/changes";

    @Test
    void sendsTheRulesChangedSinceAndTheIdsRemovedAsTheWholeRulesetHasThem() {
        String digest = whole().getString("jurisdictionsDigest");
        long since = rulesetVersion();
        String changed = uniqueId("changes-changed");
        String removed = uniqueId("changes-removed");
        String added = uniqueId("changes-added");
        createRule(rule(changed));
        createRule(rule(removed));
        Map<String, Object> warning = rule(changed);
        warning.put("severity", "WARNING");
        api().header("If-Match", "*").body(warning).put("/api/v1/rules/" + changed).then().statusCode(200);
        api().header("If-Match", "*").delete("/api/v1/rules/" + removed).then().statusCode(204);
        createRule(rule(added));

        JsonPath changes = changes(since, digest);

        JsonPath whole = whole();
        assertThat(changes.getLong("since")).isEqualTo(since);
        assertThat(changes.getLong("version")).isEqualTo(rulesetVersion()).isEqualTo(since + 5);
        assertThat(changes.getString("changedAt")).isEqualTo(whole.getString("changedAt"));
        assertThat(changes.getMap("ruleset")).isNull();
        assertThat(changes.getList("rules.id", String.class)).containsExactly(added, changed);
        assertThat(changes.getList("removed", String.class)).containsExactly(removed);
        assertThat(changes.getString("rules.find { it.id == '" + changed + "' }.severity")).isEqualTo("WARNING");
        for (String id : List.of(added, changed)) {
            assertThat(changes.getMap("rules.find { it.id == '" + id + "' }"))
                    .isEqualTo(whole.getMap("rules.find { it.id == '" + id + "' }"));
        }
        assertThat(whole.getList("rules.id", String.class)).doesNotContain(removed);
    }

    @Test
    void sendsNoRulesWhenNothingChanged() {
        long current = rulesetVersion();

        JsonPath changes = changes(current, whole().getString("jurisdictionsDigest"));

        assertThat(changes.getLong("version")).isEqualTo(current);
        assertThat(changes.getList("rules")).isEmpty();
        assertThat(changes.getList("removed")).isEmpty();
    }

    @Test
    void sendsTheWholeRulesetWhenAVendorChangedOrTheJurisdictionsAreNotHeld() {
        String digest = whole().getString("jurisdictionsDigest");
        long since = rulesetVersion();
        createRule(rule(uniqueId("changes-before-vendor")));

        assertThat(changes(since, null).getList("ruleset.jurisdictions")).isNotEmpty();
        assertThat(changes(since, "ab".repeat(32)).getList("ruleset.jurisdictions")).isNotEmpty();
        assertThat(changes(0, digest).getList("ruleset.rules")).isNotEmpty();

        createVendor(uniqueId("changes-vendor"));
        JsonPath changes = changes(since, digest);
        assertThat(changes.getLong("version")).isEqualTo(rulesetVersion());
        assertThat(changes.getList("rules")).isNull();
        assertThat(changes.getList("ruleset.rules.id", String.class)).isEqualTo(whole().getList("rules.id", String.class));
        assertThat(changes.getList("ruleset.jurisdictions")).as("held, so left out").isNull();
        assertThat(changes.getString("ruleset.jurisdictionsDigest")).isEqualTo(digest);
    }

    @Test
    void refusesAMissingOrNegativeSinceAndABadDigestNamingTheField() {
        given().auth().oauth2(Tokens.rulesetReader()).get(CHANGES)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("since"));
        given().auth().oauth2(Tokens.rulesetReader()).queryParam("since", -1).get(CHANGES)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("since"));
        given().auth().oauth2(Tokens.rulesetReader()).queryParam("since", 1).queryParam("heldJurisdictions", "nope")
                .get(CHANGES).then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("heldJurisdictions"));
        given().auth().oauth2(Tokens.rulesetReader()).queryParam("since", rulesetVersion() + 5).get(CHANGES)
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void withAWaitAnswersWithTheChangeAsSoonAsItCommits() throws Exception {
        String digest = whole().getString("jurisdictionsDigest");
        long since = rulesetVersion();
        String pushed = uniqueId("changes-pushed");
        CompletableFuture<JsonPath> answer = CompletableFuture.supplyAsync(() -> changesWaiting(since, digest, 30));
        Thread.sleep(500);
        assertThat(answer).as("still waiting while nothing changed").isNotDone();

        createRule(rule(pushed));

        JsonPath changes = answer.get(10, TimeUnit.SECONDS);
        assertThat(changes.getLong("since")).isEqualTo(since);
        assertThat(changes.getLong("version")).isEqualTo(since + 1);
        assertThat(changes.getList("rules.id", String.class)).containsExactly(pushed);
        assertThat(changes.getList("removed")).isEmpty();
    }

    @Test
    void withAWaitAnswersAtOnceWhenTheVersionAlreadyMovedAndWithNoChangesWhenTheWaitIsOver() {
        String digest = whole().getString("jurisdictionsDigest");
        long before = rulesetVersion();
        createRule(rule(uniqueId("changes-moved")));
        Instant asked = Instant.now();
        assertThat(changesWaiting(before, digest, 30).getLong("version")).isEqualTo(before + 1);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));

        long current = rulesetVersion();
        asked = Instant.now();
        JsonPath unchanged = changesWaiting(current, digest, 1);
        assertThat(Duration.between(asked, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
        assertThat(unchanged.getLong("version")).isEqualTo(current);
        assertThat(unchanged.getList("rules")).isEmpty();
        assertThat(unchanged.getList("removed")).isEmpty();
    }

    @Test
    void refusesAWaitOutOfRangeNamingTheField() {
        for (int wait : new int[] {-1, 61}) {
            given().auth().oauth2(Tokens.rulesetReader()).queryParam("since", 1).queryParam("wait", wait)
                    .get(CHANGES).then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("wait"));
        }
    }

    private static JsonPath changesWaiting(long since, String heldJurisdictions, int seconds) {
        return given().auth().oauth2(Tokens.rulesetReader()).queryParam("since", since)
                .queryParam("heldJurisdictions", heldJurisdictions).queryParam("wait", seconds)
                .get(CHANGES).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath changes(long since, String heldJurisdictions) {
        var request = given().auth().oauth2(Tokens.rulesetReader()).queryParam("since", since);
        if (heldJurisdictions != null) {
            request = request.queryParam("heldJurisdictions", heldJurisdictions);
        }
        return request.get(CHANGES).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath whole() {
        return given().auth().oauth2(Tokens.rulesetReader()).get("/api/v1/ruleset").then().statusCode(200)
                .extract().jsonPath();
    }
}
