package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.launchcheck.registry.rest.Fixtures.vendor;
import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Input that used to end in a 500 is a 400 naming the field; JSON is read strictly. */
@QuarkusTest
class RobustnessTest {

    @Test
    void refusesAPageWhoseFirstRowIsPastTheIntRange() {
        asOfficer().queryParam("page", Integer.MAX_VALUE).queryParam("size", 500).get("/api/v1/rules")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors.field", hasItem("page"));
        asOfficer().queryParam("page", 1_000_000).queryParam("size", 500).get("/api/v1/rules")
                .then().statusCode(200);
    }

    @Test
    void namesAPageThatIsNotANumber() {
        asOfficer().queryParam("jurisdiction", "IT").queryParam("page", "abc").get("/api/v1/rules")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("page"))
                .body("errors[0].message", equalTo("must be a whole number"));
    }

    @Test
    void refusesABodyOverTheLimitWithAProblem() {
        String padding = "x".repeat(4 * 1024 * 1024);
        api().contentType(ContentType.JSON).body("{\"id\": \"" + padding + "\"}").post("/api/v1/rules")
                .then().statusCode(413).contentType(PROBLEM_JSON)
                .body("status", equalTo(413)).body("detail", containsString("4096 KiB"));
    }

    @Test
    void refusesANulCharacterInAVendorNameFilter() {
        asOfficer().queryParam("name", "deep\u0000seek").get("/api/v1/vendors")
                .then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("name"))
                .body("errors[0].message", containsString("U+0000"));
    }

    @Test
    void refusesANulCharacterInAVendorBodyNamingTheField() {
        Map<String, Object> vendor = vendor(uniqueId("nul"));
        vendor.put("name", "Vendor\u0000");
        api().body(vendor).post("/api/v1/vendors").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void refusesAnUnknownRuleFieldSuggestingTheKnownOne() {
        String body = "{\"id\": \"" + uniqueId("rule") + "\", \"jurisdictoin\": \"IT\"}";
        api().contentType(ContentType.JSON).body(body).post("/api/v1/rules").then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("jurisdictoin"))
                .body("errors[0].message", containsString("did you mean 'jurisdiction'"))
                .body(not(containsString("io.launchcheck")));
    }

    @Test
    void refusesANumberForAVendorName() {
        String body = "{\"id\": \"" + uniqueId("vendor") + "\", \"name\": 123, \"originCountry\": \"CN\"}";
        api().contentType(ContentType.JSON).body(body).post("/api/v1/vendors").then().statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must be a string"));
    }
}
