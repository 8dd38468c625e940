package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * The gateway reads a profile strictly: a typo, a value of the wrong JSON type, a repeated field or a control
 * character is a 400 naming the field, never judged as something else, never stored, and never answered with a
 * Java class or parser token.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class StrictInputTest extends GatewayTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String VALID = profile("acme-assistant", target("IT"));

    private long storedBefore;

    @BeforeEach
    void countStored() {
        storedBefore = stored();
    }

    @AfterEach
    void nothingStoredNothingJudged() {
        assertThat(stored()).isEqualTo(storedBefore);
        assertThat(rules.evaluations()).isZero();
    }

    @Test
    void refusesAnUnknownFieldSuggestingTheNearestKnownOne() {
        badRequest(VALID.replace("\"dataCountries\"", "\"dataCountry\""), "hosting.dataCountry")
                .body("errors[0].message", containsString("did you mean 'dataCountries'"));
    }

    @Test
    void refusesAnUnknownTopLevelField() {
        badRequest(VALID.replace("\"processesPersonalData\"", "\"notes\": \"x\", \"processesPersonalData\""), "notes")
                .body("errors[0].message", containsString("is not a known field"));
    }

    @Test
    void refusesAnUnknownFieldInsideATarget() {
        badRequest(profile("acme-assistant", target("IT"), "{\"jurisdiction\": \"KR\", \"segmentz\": [\"CONSUMER\"]}"),
                "targets[1].segmentz")
                .body("errors[0].message", containsString("did you mean 'segments'"));
    }

    @Test
    void refusesANumberWhereAStringIsExpected() {
        badRequest(VALID.replace("\"name\": \"acme-assistant\"", "\"name\": 123"), "app.name")
                .body("errors[0].message", equalTo("must be a string"));
    }

    @Test
    void refusesABooleanWhereAStringIsExpected() {
        badRequest(VALID.replace("\"jurisdiction\": \"IT\"", "\"jurisdiction\": true"), "targets[0].jurisdiction")
                .body("errors[0].message", equalTo("must be a string"));
    }

    @Test
    void refusesANumberInAListOfStrings() {
        badRequest(VALID.replace("[\"CN\"]", "[\"CN\", 7]"), "hosting.dataCountries[1]");
    }

    @Test
    void refusesAStringWhereABooleanIsExpected() {
        badRequest(VALID.replace("\"processesPersonalData\": true", "\"processesPersonalData\": \"false\""),
                "processesPersonalData")
                .body("errors[0].message", equalTo("must be true or false"));
    }

    @Test
    void refusesANumberForAnEnum() {
        badRequest(VALID.replace("\"mode\": \"VENDOR_API\"", "\"mode\": 1"), "hosting.mode");
    }

    @Test
    void stillReadsEnumsInAnyCase() {
        assess(VALID.replace("\"mode\": \"VENDOR_API\"", "\"mode\": \" vendor_api \"")).then().statusCode(201);
        storedBefore++;
        rules.reset();
    }

    @Test
    void refusesAFieldNamedTwice() {
        ValidatableResponse response = assess(VALID.replace("\"model\": \"deepseek-r1\"",
                "\"model\": \"deepseek-r1\", \"vendor\": \"OpenAI\""))
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("app.vendor"))
                .body("errors[0].message", containsString("more than once"))
                .body("detail", containsString("line 1, column"));
        cleanOf(response);
    }

    @Test
    void refusesANulCharacterNamingTheField() {
        badRequest(VALID.replace("acme-assistant", "acme\\u0000assistant"), "app.name")
                .body("errors[0].message", containsString("U+0000"));
    }

    @Test
    void refusesOtherControlCharactersInsideLists() {
        badRequest(profile("acme-assistant", "{\"jurisdiction\": \"IT\", \"organizations\": [\"a\\u001bb\"]}"),
                "targets[0].organizations[0]");
    }

    @Test
    void refusesAnythingAfterTheJsonValue() {
        cleanOf(assess(VALID + " {}").then().statusCode(400).contentType(PROBLEM));
    }

    @Test
    void locatesMalformedJsonByLineAndColumn() {
        cleanOf(assess("{\"app\": {\"name\": \"acme-assistant\" \"vendor\": \"DeepSeek\"}}")
                .then().statusCode(400).contentType(PROBLEM)
                .body("title", equalTo("Malformed JSON"))
                .body("detail", containsString("line 1, column"))
                .body("errors.field", hasItem("app.name")));
    }

    @Test
    void namesTheBodyWhenItIsNotAnObject() {
        for (String body : new String[] {"[]", "\"profile\"", "42", "[{\"app\": {}}]"}) {
            badRequest(body, "body");
        }
    }

    @Test
    void refusesANulCharacterInAListFilter() {
        cleanOf(asTeam().queryParam("app", "acme\u0000").get(ASSESSMENTS)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("app")));
        cleanOf(asTeam().queryParam("ruleId", "x\u0000").get(ASSESSMENTS)
                .then().statusCode(400).contentType(PROBLEM).body("errors.field", hasItem("ruleId")));
    }

    @Test
    void answersAWrongContentTypeWithoutNamingAnnotations() {
        cleanOf(asTeam().contentType(ContentType.TEXT).body(VALID).post(ASSESSMENTS)
                .then().statusCode(415).contentType(PROBLEM));
    }

    private ValidatableResponse badRequest(String body, String field) {
        ValidatableResponse response = assess(body).then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field))
                .body("detail", containsString(field));
        return cleanOf(response);
    }

    /** No Java class, Jackson token or JAX-RS annotation in the answer. */
    static ValidatableResponse cleanOf(ValidatableResponse response) {
        return response.body(not(containsString("io.launchcheck")))
                .body(not(containsString("java.")))
                .body(not(containsString("JsonToken")))
                .body(not(containsString("START_")))
                .body(not(containsString("@")))
                .body(not(containsString("`")));
    }
}
