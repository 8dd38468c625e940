package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;

/** Tokens across the packaged services: who gets in, and product teams kept apart. */
@ExtendWith(E2eSystem.class)
class SecurityIT {

    private static final String PROFILE = Profiles.deepSeekApi("2025-03-01",
            Profiles.target("IT", "\"CONSUMER\"", ""));

    @Test
    void everyServiceRefusesCallsWithoutAToken() {
        for (String url : new String[] {E2eSystem.get().gateway.baseUrl() + "/api/v1/assessments",
                E2eSystem.get().registry.baseUrl() + "/api/v1/rules"}) {
            given().get(url).then().statusCode(401).contentType("application/problem+json")
                    .header("WWW-Authenticate", startsWith("Bearer"));
        }
        given().contentType(ContentType.JSON).body("{\"profile\": " + PROFILE + "}")
                .post(E2eSystem.get().rules.baseUrl() + "/api/v1/evaluations").then().statusCode(401);
    }

    @Test
    void aProductTeamCannotCallTheRulesServiceOrWriteRulesDirectly() {
        given().auth().oauth2(Tokens.productTeam()).contentType(ContentType.JSON).body("{\"profile\": " + PROFILE + "}")
                .post(E2eSystem.get().rules.baseUrl() + "/api/v1/evaluations").then().statusCode(403);
        given().auth().oauth2(Tokens.productTeam()).contentType(ContentType.JSON).body("{}")
                .post(E2eSystem.get().registry.baseUrl() + "/api/v1/rules").then().statusCode(403);
        given().auth().oauth2(Tokens.productTeam()).get(E2eSystem.get().registry.baseUrl() + "/api/v1/rules/it-garante-deepseek-processing-block")
                .then().statusCode(200);
    }

    @Test
    void anotherTeamsAssessmentDoesNotExistForATeamButDoesForAnAuditor() {
        String gateway = E2eSystem.get().gateway.baseUrl();
        String id = given().auth().oauth2(Tokens.productTeam("e2e-alpha")).contentType(ContentType.JSON).body(PROFILE)
                .post(gateway + "/api/v1/assessments").then().statusCode(201).extract().jsonPath().getString("id");

        given().auth().oauth2(Tokens.productTeam("e2e-beta")).get(gateway + "/api/v1/assessments/" + id)
                .then().statusCode(404);
        assertThat(given().auth().oauth2(Tokens.productTeam("e2e-beta")).get(gateway + "/api/v1/assessments?size=100")
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).doesNotContain(id);
        given().auth().oauth2(Tokens.auditor()).get(gateway + "/api/v1/assessments/" + id)
                .then().statusCode(200).body("id", equalTo(id));
    }
}
