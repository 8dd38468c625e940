package io.launchcheck.rules.rest;

import static io.launchcheck.rules.rest.RulesetPushTest.await;
import static io.launchcheck.rules.rest.RulesetPushTest.ruleset;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.RuleKind;
import io.launchcheck.rules.testing.Fixtures;
import io.launchcheck.rules.testing.RealRulePack;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The push channel cannot connect at all (its address refuses): polling every 100 ms still propagates changes. */
@QuarkusTest
@WithTestResource(RegistryServerResource.class)
@TestProfile(PushChannelDownTest.PushNowhere.class)
class PushChannelDownTest {

    public static class PushNowhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.registry-push.url", "http://127.0.0.1:9",
                    "launchcheck.rules.push.retry", "200ms");
        }
    }

    @Test
    void pollingPropagatesAChangeWhileThePushChannelIsDown() throws Exception {
        RegistryServer registry = RegistryServerResource.server();
        registry.longPoll(true);
        await("a ruleset is loaded", () -> ruleset().getLong("version") >= 1);
        assertThat(ruleset().getString("pushChannel")).isEqualTo("down");
        long next = registry.current().version() + 1;

        registry.publish(RealRulePack.ruleset(next, List.of(
                Fixtures.rule("kr-polled-ban", "KR", RuleKind.NATIONWIDE_BAN).from("2025-01-01").build())));

        await("the polled version is loaded", () -> ruleset().getLong("version") == next);
        assertThat(ruleset().getString("pushChannel")).isEqualTo("down");
    }
}
