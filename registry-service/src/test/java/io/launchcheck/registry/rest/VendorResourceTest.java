package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createVendor;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.launchcheck.registry.rest.Fixtures.vendor;
import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class VendorResourceTest {

    @Test
    void createdVendorIsServedWithItsETagAndLocation() {
        String id = uniqueId("vendor");
        api().body(vendor(id)).post("/api/v1/vendors").then().statusCode(201)
                .header("Location", endsWith("/api/v1/vendors/" + id))
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("originCountry", equalTo("CN"));
        asOfficer().get("/api/v1/vendors/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("name", equalTo("Vendor " + id));
        asOfficer().get("/api/v1/vendors").then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void anyNameResolvesCaseInsensitively() {
        String id = createVendor(uniqueId("deepseek"));
        String legalEntity = "hangzhou  " + id.toUpperCase() + " artificial intelligence co., ltd. ";
        for (String name : List.of(legalEntity, id.toUpperCase() + " ai", "VENDOR " + id, id)) {
            List<String> ids = asOfficer().queryParam("name", name).get("/api/v1/vendors")
                    .then().statusCode(200).extract().jsonPath().getList("id", String.class);
            assertThat(ids).as(name).containsExactly(id);
        }
        asOfficer().queryParam("name", "no such vendor " + id).get("/api/v1/vendors")
                .then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aliasOfAnotherVendorIsAConflictNamingTheAlias() {
        String first = createVendor(uniqueId("first"));
        Map<String, Object> second = vendor(uniqueId("second"));
        second.put("aliases", List.of("unique alias " + first, first.toUpperCase() + " AI"));
        api().body(second).post("/api/v1/vendors").then().statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("aliases[1]"));
    }

    @Test
    void updateNeedsTheCurrentETag() {
        String id = createVendor(uniqueId("vendor"));
        Map<String, Object> changed = vendor(id);
        changed.put("aliases", List.of(id + " AI", id + " Chat"));

        api().body(changed).put("/api/v1/vendors/" + id).then().statusCode(428).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("If-Match"));
        api().header("If-Match", "\"7\"").body(changed).put("/api/v1/vendors/" + id).then().statusCode(412)
                .contentType(PROBLEM_JSON);
        long before = Fixtures.rulesetVersion();
        api().header("If-Match", "\"0\"").body(changed).put("/api/v1/vendors/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("aliases", equalTo(List.of(id + " AI", id + " Chat")));
        assertThat(Fixtures.rulesetVersion()).isGreaterThan(before);
        asOfficer().queryParam("name", id + " chat").get("/api/v1/vendors").then().body("id", equalTo(List.of(id)));
    }

    @Test
    void unknownOriginCountryIsUnprocessable() {
        Map<String, Object> vendor = vendor(uniqueId("vendor"));
        vendor.put("originCountry", "XX");
        api().body(vendor).post("/api/v1/vendors").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("originCountry"));
    }

    @Test
    void invalidIdIsABadRequest() {
        Map<String, Object> vendor = vendor("Not A Slug");
        api().body(vendor).post("/api/v1/vendors").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("id"));
    }

    @Test
    void unknownVendorIsNotFound() {
        asOfficer().get("/api/v1/vendors/no-such-vendor").then().statusCode(404).contentType(PROBLEM_JSON);
    }
}
