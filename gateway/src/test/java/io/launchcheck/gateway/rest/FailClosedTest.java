package io.launchcheck.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.FakeRulesService.Mode;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/** Without a verdict for every target the gateway answers 503 with Retry-After and stores nothing. */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class FailClosedTest extends GatewayTest {

    private static final String PROFILE = profile("acme-assistant", target("IT"), target("KR"));

    @AfterEach
    void rulesServiceBack() {
        rules.reset();
    }

    @Test
    void answers503WhenTheRulesServiceFailsAndRetriesOnce() {
        rules.mode(Mode.FAIL_500);

        assertUnavailableAndNothingStored();
        assertThat(rules.evaluations()).as("one attempt and one retry").isEqualTo(2);
    }

    @Test
    void answers503WhenTheRulesServiceHangs() {
        rules.mode(Mode.HANG);

        assertUnavailableAndNothingStored();
    }

    @Test
    void answers503WhenTheRulesServiceIsDownAndRecoversWhenItIsBack() {
        rules.stop();

        assertUnavailableAndNothingStored();

        rules.start();
        assess(PROFILE).then().statusCode(201);
    }

    @Test
    void neverConcludesFromAnAnswerMissingATarget() {
        rules.mode(Mode.DROP_LAST_RESULT).verdict("IT", Verdict.COMPLIANT);

        Response response = assertUnavailableAndNothingStored();

        assertThat(response.asString()).doesNotContain("COMPLIANT");
    }

    @Test
    void neverConcludesFromAMalformedAnswer() {
        rules.mode(Mode.MALFORMED_JSON);

        assertUnavailableAndNothingStored();
    }

    @Test
    void neverConcludesFromAVerdictMilderThanItsFindings() {
        rules.mode(Mode.VERDICT_MILDER_THAN_FINDINGS).verdict("KR", Verdict.NON_COMPLIANT);

        assertUnavailableAndNothingStored();
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndClosesItWhenTheRulesServiceRecovers() throws InterruptedException {
        rules.mode(Mode.FAIL_500);
        assertUnavailableAndNothingStored();
        assertUnavailableAndNothingStored();
        int callsWhenOpened = rules.evaluations();

        rules.mode(Mode.JUDGE);
        assertUnavailableAndNothingStored();
        assertThat(rules.evaluations()).as("an open circuit does not call the rules-service").isEqualTo(callsWhenOpened);

        int status = 0;
        for (int attempt = 0; attempt < 50 && status != 201; attempt++) {
            Thread.sleep(200);
            status = assess(PROFILE).statusCode();
        }
        assertThat(status).as("the circuit closes again after its delay").isEqualTo(201);
    }

    @Test
    void refusedProfilesNeverOpenTheCircuit() {
        for (int i = 0; i < 6; i++) {
            assess(profile("acme-assistant", target("XX"))).then().statusCode(400);
        }

        assess(PROFILE).then().statusCode(201);
        assertThat(rules.evaluations()).isEqualTo(7);
    }

    private Response assertUnavailableAndNothingStored() {
        long before = stored();
        Response response = assess(PROFILE);
        response.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("status", equalTo(503));
        assertThat(stored()).isEqualTo(before);
        return response;
    }
}
