package io.launchcheck.rules.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Ruleset;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;
import io.launchcheck.rules.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * The push channel: with a registry that answers the long poll, a change is loaded as it is published even though
 * the poll is slowed to once an hour (with a registry that has the long poll on its changes, the change comes in its
 * answer); with one that stops answering it (a registry without it), the channel goes
 * down and polling every 100 ms propagates the next change.
 */
@QuarkusTest
@WithTestResource(RegistryServerResource.class)
@TestProfile(RulesetPushTest.PushWithSlowPoll.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RulesetPushTest {

    static final Duration PATIENCE = Duration.ofSeconds(20);

    public static class PushWithSlowPoll implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("launchcheck.rules.push.poll-interval", "1h", "launchcheck.rules.push.long-poll", "3s",
                    "launchcheck.rules.push.retry", "200ms", "launchcheck.rules.stale-after", "1h");
        }
    }

    @Test
    @Order(1)
    void aPublishedChangeArrivesThroughThePushWithoutAPoll() throws Exception {
        RegistryServer registry = RegistryServerResource.server();
        registry.longPoll(true);
        await("the push channel is up", () -> "up".equals(ruleset().getString("pushChannel")));
        int polls = registry.versionPolls();
        long next = registry.current().version() + 1;

        Instant published = Instant.now();
        registry.publish(RealRulePack.ruleset(next, List.of(
                Fixtures.rule("kr-pushed-ban", "KR", RuleKind.NATIONWIDE_BAN).from("2025-01-01").build())));

        await("the pushed version is loaded", () -> ruleset().getLong("version") == next);
        System.out.printf("Ruleset version %d loaded %d ms after it was published, through the push%n", next,
                Duration.between(published, Instant.now()).toMillis());
        assertThat(registry.versionPolls()).as("polls while the push channel was up").isEqualTo(polls);
    }

    @Test
    @Order(2)
    void whenTheRegistryStopsAnsweringTheLongPollPollingStillPropagates() throws Exception {
        RegistryServer registry = RegistryServerResource.server();
        registry.longPoll(false);
        await("the push channel is down", () -> "down".equals(ruleset().getString("pushChannel")));
        long next = registry.current().version() + 1;

        registry.publish(RealRulePack.ruleset(next, List.of(
                Fixtures.rule("kr-polled-ban", "KR", RuleKind.NATIONWIDE_BAN).from("2025-01-01").build())));

        await("the polled version is loaded", () -> ruleset().getLong("version") == next);
        assertThat(registry.versionPolls()).isPositive();
    }

    @Test
    @Order(3)
    void jurisdictionsTravelOnlyWhenTheyChange() throws Exception {
        RegistryServer registry = RegistryServerResource.server();
        registry.longPoll(true);
        await("the push channel is up", () -> "up".equals(ruleset().getString("pushChannel")));
        String digest = "a1".repeat(32);
        long first = registry.current().version() + 1;
        registry.publish(withDigest(RealRulePack.ruleset(first, List.of()), digest));
        await("the version with the digest is loaded", () -> ruleset().getLong("version") == first);
        int before = registry.answersWithoutJurisdictions();

        long next = first + 1;
        registry.publish(withDigest(RealRulePack.ruleset(next, List.of(
                Fixtures.rule("us-tx-pushed-ban", "US-TX", RuleKind.NATIONWIDE_BAN).from("2025-01-01").build())),
                digest));
        await("the next version is loaded", () -> ruleset().getLong("version") == next);

        assertThat(registry.answersWithoutJurisdictions()).as("rulesets sent without jurisdictions")
                .isEqualTo(before + 1);
        // the jurisdictions held from the version before still know US-TX, and its new rule reaches it
        given().auth().oauth2(Tokens.evaluator()).contentType("application/json").body("""
                {"profile": {"app": {"name": "Pushed"}, "hosting": {"mode": "SELF_HOSTED"},
                 "targets": [{"jurisdiction": "US-TX"}], "asOf": "2026-01-01"}}""")
                .when().post("/api/v1/evaluations").then().statusCode(200)
                .body("results[0].findings.ruleId", org.hamcrest.Matchers.hasItem("us-tx-pushed-ban"));
    }

    @Test
    @Order(4)
    void aChangeOfRulesOnlyArrivesAsTheChangedRules() throws Exception {
        RegistryServer registry = RegistryServerResource.server();
        registry.longPoll(true);
        registry.changes(true);
        try {
            await("the push channel is up", () -> "up".equals(ruleset().getString("pushChannel")));
            String digest = "a1".repeat(32);
            long first = registry.current().version() + 1;
            registry.publish(withDigest(RealRulePack.ruleset(first, List.of(
                    Fixtures.rule("us-tx-removed-ban", "US-TX", RuleKind.NATIONWIDE_BAN).from("2025-01-01").build())),
                    digest));
            await("the first version is loaded", () -> ruleset().getLong("version") == first);
            int changes = registry.changesAnswers();
            int pushed = registry.changesPushed();
            int whole = registry.answersWithoutJurisdictions();

            long next = first + 1;
            registry.publish(withDigest(RealRulePack.ruleset(next, List.of(
                    Fixtures.rule("us-tx-added-ban", "US-TX", RuleKind.NATIONWIDE_BAN).from("2025-01-01").build())),
                    digest));
            await("the next version is loaded", () -> ruleset().getLong("version") == next);

            assertThat(registry.changesAnswers()).as("changes answered as changed rules").isEqualTo(changes + 1);
            assertThat(registry.changesPushed()).as("of them, with the long poll's answer").isEqualTo(pushed + 1);
            assertThat(registry.answersWithoutJurisdictions()).as("whole rulesets sent").isEqualTo(whole);
            given().auth().oauth2(Tokens.evaluator()).contentType("application/json").body("""
                    {"profile": {"app": {"name": "Pushed"}, "hosting": {"mode": "SELF_HOSTED"},
                     "targets": [{"jurisdiction": "US-TX"}], "asOf": "2026-01-01"}}""")
                    .when().post("/api/v1/evaluations").then().statusCode(200)
                    .body("results[0].findings.ruleId", org.hamcrest.Matchers.hasItem("us-tx-added-ban"))
                    .body("results[0].findings.ruleId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("us-tx-removed-ban")));
        } finally {
            registry.changes(false);
        }
    }

    @Test
    @Order(5)
    void aRegistryWhoseChangesDoNotWaitYetIsLongPolledOnItsVersion() throws Exception {
        RegistryServer registry = RegistryServerResource.server();
        registry.longPoll(true);
        registry.changes(true);
        registry.changesWait(false);
        try {
            await("the push channel is up", () -> "up".equals(ruleset().getString("pushChannel")));
            Thread.sleep(4_000);
            assertThat(ruleset().getString("pushChannel")).as("still up after a long poll's wait").isEqualTo("up");
            int polls = registry.versionPolls();
            long next = registry.current().version() + 1;

            registry.publish(RealRulePack.ruleset(next, List.of(
                    Fixtures.rule("kr-rolling-ban", "KR", RuleKind.NATIONWIDE_BAN).from("2025-01-01").build())));

            await("the version is loaded", () -> ruleset().getLong("version") == next);
            assertThat(registry.versionPolls()).as("polls while the push channel was up").isEqualTo(polls);
        } finally {
            registry.changesWait(true);
            registry.changes(false);
        }
    }

    private static Ruleset withDigest(Ruleset ruleset, String digest) {
        return new Ruleset(ruleset.version(), ruleset.changedAt(), ruleset.rules(), ruleset.jurisdictions(),
                ruleset.vendors(), ruleset.models(), ruleset.pack(), digest);
    }

    static JsonPath ruleset() {
        return given().when().get("/q/health/ready").then().extract().jsonPath()
                .setRootPath("checks.find { it.name == 'ruleset' }.data");
    }

    static void await(String what, Supplier<Boolean> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (Boolean.TRUE.equals(condition.get())) {
                    return;
                }
            } catch (RuntimeException | AssertionError e) {
                // not yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting until " + what);
    }
}
