package io.launchcheck.rules.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.launchcheck.rules.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;

/** A service that has never reached the registry is not ready and never judges without rules. */
@QuarkusTest
@TestProfile(WithoutRegistryTest.RegistryNowhere.class)
class WithoutRegistryTest {

    public static class RegistryNowhere implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.rest-client.registry.url", "http://127.0.0.1:9");
        }
    }

    @Test
    void isNotReadyUntilARulesetIsLoaded() {
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("checks.find { it.name == 'ruleset' }.status", equalTo("DOWN"))
                .body("checks.find { it.name == 'ruleset' }.data.registryLastContact", equalTo("never"));
        given().when().get("/q/health/live").then().statusCode(200);
    }

    @Test
    void refusesToJudgeWithoutARuleset() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body("""
                {"profile": {"app": {"name": "a"}, "hosting": {"mode": "SELF_HOSTED"}, "targets": [{"jurisdiction": "IT"}]}}
                """)
                .when().post("/api/v1/evaluations")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", equalTo("1"));
    }
}
