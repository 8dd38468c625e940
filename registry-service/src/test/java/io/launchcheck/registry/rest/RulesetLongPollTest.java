package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.createRule;
import static io.launchcheck.registry.rest.Fixtures.rule;
import static io.launchcheck.registry.rest.Fixtures.rulesetVersion;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.launchcheck.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The long poll on the ruleset version that the rules-service's push channel rests on. */
@QuarkusTest
class RulesetLongPollTest {

    private static final String VERSION = "/api/v1/ruleset/version";

    @Test
    void answersAsSoonAsAChangeCommits() throws Exception {
        long known = rulesetVersion();
        Instant asked = Instant.now();
        CompletableFuture<JsonPath> answer = CompletableFuture.supplyAsync(() -> waitFor(known, 30));
        Thread.sleep(500);
        assertThat(answer).as("still waiting while nothing changed").isNotDone();

        createRule(rule(uniqueId("push")));

        JsonPath version = answer.get(10, TimeUnit.SECONDS);
        assertThat(version.getLong("version")).isEqualTo(known + 1);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void answersAtOnceWhenTheVersionAlreadyDiffers() {
        long current = rulesetVersion();
        Instant asked = Instant.now();

        assertThat(waitFor(current - 1, 30).getLong("version")).isEqualTo(current);
        assertThat(Duration.between(asked, Instant.now())).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void answersTheUnchangedVersionWhenTheWaitIsOver() {
        long current = rulesetVersion();
        Instant asked = Instant.now();

        assertThat(waitFor(current, 1).getLong("version")).isEqualTo(current);
        assertThat(Duration.between(asked, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(900));
    }

    @Test
    void refusesAWaitOutOfRangeOrWithoutAfter() {
        given().auth().oauth2(Tokens.rulesetReader()).queryParam("after", 1).queryParam("wait", 61)
                .get(VERSION).then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("wait"));
        given().auth().oauth2(Tokens.rulesetReader()).queryParam("wait", 5)
                .get(VERSION).then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("wait"));
    }

    private static JsonPath waitFor(long after, int seconds) {
        return given().auth().oauth2(Tokens.rulesetReader()).queryParam("after", after).queryParam("wait", seconds)
                .get(VERSION).then().statusCode(200).extract().jsonPath();
    }
}
