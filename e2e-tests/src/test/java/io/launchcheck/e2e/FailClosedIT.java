package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;

/** The gateway never guesses: with the rules-service gone it answers 503, and it recovers by itself. */
@ExtendWith(E2eSystem.class)
class FailClosedIT {

    private static final String PROFILE = Profiles.deepSeekApi("2025-03-01", Profiles.target("IT", "\"CONSUMER\"", ""));

    @Test
    void answers503WhileTheRulesServiceIsDownAndRecoversWhenItIsBack() throws Exception {
        E2eSystem system = E2eSystem.get();
        LaunchStoriesIT.assess(PROFILE).then().statusCode(201);
        long storedBefore = storedAssessments();

        system.rules.kill();
        try {
            Response refused = LaunchStoriesIT.assess(PROFILE);
            refused.then().statusCode(503).contentType("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.asString()).doesNotContain("COMPLIANT");
            assertThat(storedAssessments()).isEqualTo(storedBefore);
        } finally {
            system.restartRules();
        }

        Response recovered = Eventually.within(Duration.ofSeconds(60), () -> {
            Response response = LaunchStoriesIT.assess(PROFILE);
            assertThat(response.statusCode()).isEqualTo(201);
            return response;
        });
        assertThat(recovered.jsonPath().getString("overall")).isEqualTo("NON_COMPLIANT");
    }

    private static long storedAssessments() {
        return given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam())
                .queryParam("app", "acme-assistant").queryParam("size", 1)
                .get("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
