package io.launchcheck.rules.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.launchcheck.rules.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.log.ErrorLoggingFilter;
import io.restassured.http.ContentType;

/** Launch maps and verified advice over HTTP, judged with the real rule pack a real registry server serves. */
@QuarkusTest
@WithTestResource(RegistryServerResource.class)
class LaunchMapEvaluationTest {

    private static final String LAUNCH_MAPS = "/api/v1/launch-map-evaluations";
    private static final String EVALUATIONS = "/api/v1/evaluations";

    private static final String DEEPSEEK_IN_THE_EU = """
            {"launchMap": {
               "app": {"name": "acme-assistant", "vendor": "DeepSeek"},
               "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
               "segments": ["CONSUMER"], "scope": {"kind": "BLOC", "bloc": "eu"}, "asOf": "2025-03-01"}%s}
            """;

    private static final String DEEPSEEK_IN_ITALY = """
            {"profile": {
               "app": {"name": "acme-assistant", "vendor": "DeepSeek"},
               "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
               "targets": [{"jurisdiction": "IT", "segments": ["CONSUMER"]}, {"jurisdiction": "JP", "segments": ["CONSUMER"]}],
               "asOf": "2025-03-01"}%s}
            """;

    @Test
    void judgesEveryMemberOfABlocWithVerifiedAdviceWhereItFails() {
        given().auth().oauth2(Tokens.evaluator()).filter(new ErrorLoggingFilter()).contentType(ContentType.JSON)
                .body(DEEPSEEK_IN_THE_EU.formatted(", \"advice\": true"))
                .when().post(LAUNCH_MAPS)
                .then().statusCode(200)
                .body("results", hasSize(27))
                .body("results.jurisdiction", hasItem("IT"))
                .body("results.find { it.jurisdiction == 'IT' }.verdict", equalTo("NON_COMPLIANT"))
                .body("results.find { it.jurisdiction == 'IT' }.advice.changes.flatten().lever", hasItem("SELF_HOST"))
                .body("results.find { it.jurisdiction == 'IT' }.advice.clears.flatten()",
                        hasItem("it-garante-deepseek-processing-block"))
                .body("results.findAll { it.verdict == 'COMPLIANT' }", everyItem(not(hasKey("advice"))));
    }

    @Test
    void answersNoAdviceUnlessAskedFor() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(DEEPSEEK_IN_THE_EU.formatted(""))
                .when().post(LAUNCH_MAPS)
                .then().statusCode(200)
                .body("results", everyItem(not(hasKey("advice"))));
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON).body(DEEPSEEK_IN_ITALY.formatted(""))
                .when().post(EVALUATIONS)
                .then().statusCode(200)
                .body("results[0].advice", nullValue());
    }

    @Test
    void anAssessmentAsksForAdviceWithAFlag() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON)
                .body(DEEPSEEK_IN_ITALY.formatted(", \"advice\": true"))
                .when().post(EVALUATIONS)
                .then().statusCode(200)
                .body("results[0].advice.changes.flatten().lever", hasItem("SELF_HOST"))
                .body("results[1]", not(hasKey("advice")));
    }

    @Test
    void refusesAnUnknownBlocNamingTheField() {
        given().auth().oauth2(Tokens.evaluator()).contentType(ContentType.JSON)
                .body(DEEPSEEK_IN_THE_EU.formatted("").replace("\"eu\"", "\"XX\""))
                .when().post(LAUNCH_MAPS)
                .then().statusCode(400)
                .body("errors.field", hasItem("scope.bloc"));
    }
}
