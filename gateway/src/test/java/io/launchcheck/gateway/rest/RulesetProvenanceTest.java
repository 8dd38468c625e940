package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.RulesetPack;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.FakeRulesService;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * An assessment says which ruleset judged it and whether the rules-service knew it to be current: a verdict on
 * a ruleset of unknown age is marked stale, in the answer and in what is stored.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class RulesetProvenanceTest extends GatewayTest {

    @Test
    void marksAVerdictJudgedOnAStaleRulesetAndStoresTheMark() {
        rules.stale(true);

        Response created = assess(profile(uniqueApp("stale"), target("IT")));
        JsonPath answer = created.then().statusCode(201).extract().jsonPath();

        assertThat(answer.getBoolean("ruleset.stale")).isTrue();
        assertThat(answer.getLong("ruleset.version")).isEqualTo(answer.getLong("rulesetVersion"));
        assertThat(answer.getString("ruleset.changedAt")).isEqualTo(FakeRulesService.CHANGED_AT.toString());
        assertThat(answer.getString("ruleset.confirmedAt")).isEqualTo(FakeRulesService.CONFIRMED_LONG_AGO.toString());
        String stored = asTeam().get(created.header("Location")).then().statusCode(200).extract().asString();
        assertThat(stored).isEqualTo(created.asString());
    }

    @Test
    void namesTheRulePackReleaseOfTheRulesetAndStoresIt() {
        rules.pack(new RulesetPack("world-ai-restrictions", "2026.12.2"));

        Response created = assess(profile(uniqueApp("pack"), target("IT")));
        JsonPath answer = created.then().statusCode(201).extract().jsonPath();

        assertThat(answer.getString("ruleset.pack.name")).isEqualTo("world-ai-restrictions");
        assertThat(answer.getString("ruleset.pack.release")).isEqualTo("2026.12.2");
        String stored = asTeam().get(created.header("Location")).then().statusCode(200).extract().asString();
        assertThat(stored).isEqualTo(created.asString());
    }

    @Test
    void leavesThePackOutWhenTheRegistryKnowsNone() {
        JsonPath answer = assess(profile(uniqueApp("nopack"), target("IT"))).then().statusCode(201).extract().jsonPath();

        assertThat(answer.getMap("ruleset")).doesNotContainKey("pack");
    }

    @Test
    void marksAVerdictOnTheConfirmedCurrentRulesetAsNotStale() {
        JsonPath answer = assess(profile(uniqueApp("fresh"), target("IT"))).then().statusCode(201).extract().jsonPath();

        assertThat(answer.getBoolean("ruleset.stale")).isFalse();
        assertThat(answer.getString("ruleset.confirmedAt")).isNotNull();
        assertThat(answer.getMap("")).containsKeys("id", "overall", "asOf", "rulesetVersion", "evaluatedAt", "results");
    }

    @Test
    void aPinnedPastVersionIsNeitherStaleNorConfirmed() {
        String id = assess(profile(uniqueApp("pinned"), target("IT"))).then().statusCode(201)
                .extract().jsonPath().getString("id");
        rules.stale(true);

        JsonPath again = asTeam().contentType(ContentType.JSON).body("{\"rulesetVersion\": 3}")
                .post(ASSESSMENTS + "/" + id + "/reevaluate").then().statusCode(201).extract().jsonPath();

        assertThat(again.getLong("ruleset.version")).isEqualTo(3);
        assertThat(again.getBoolean("ruleset.stale")).isFalse();
        assertThat(again.getString("ruleset.confirmedAt")).isNull();
    }
}
