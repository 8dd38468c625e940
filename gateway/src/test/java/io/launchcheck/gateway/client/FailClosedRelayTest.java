package io.launchcheck.gateway.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;

/** How a refusal of the rules-service is relayed: the fields named as in the gateway's request. */
class FailClosedRelayTest {

    @Test
    void relaysARefusedTargetWithoutTheProfilePrefix() {
        Problem refused = new Problem("about:blank", "Invalid request", 400, "Invalid request", null,
                List.of(new Problem.FieldError("profile.targets[1].jurisdiction", "unknown jurisdiction 'XX'")));

        ProblemException relayed = FailClosed.relay(new RulesRejectedException(400, refused), null);

        assertThat(relayed.status()).isEqualTo(400);
        assertThat(relayed.errors()).containsExactly(
                new Problem.FieldError("targets[1].jurisdiction", "unknown jurisdiction 'XX'"));
    }

    @Test
    void relaysAnUnknownPinnedVersionAsNotFoundNamingIt() {
        ProblemException relayed = FailClosed.relay(new RulesRejectedException(404, null), 99L);

        assertThat(relayed.status()).isEqualTo(404);
        assertThat(relayed.getMessage()).isEqualTo("Ruleset version 99 does not exist");
        assertThat(relayed.errors()).containsExactly(new Problem.FieldError("rulesetVersion", "does not exist"));
    }

    @Test
    void relaysARefusalWithoutFieldsWithItsDetail() {
        Problem refused = new Problem("about:blank", "Invalid request", 400, "profile.asOf is out of range", null, null);

        ProblemException relayed = FailClosed.relay(new RulesRejectedException(400, refused), null);

        assertThat(relayed.status()).isEqualTo(400);
        assertThat(relayed.getMessage()).isEqualTo("asOf is out of range");
        assertThat(relayed.errors()).isEmpty();
    }
}
