package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createRule;
import static io.launchcheck.registry.rest.Fixtures.createVendor;
import static io.launchcheck.registry.rest.Fixtures.rule;
import static io.launchcheck.registry.rest.Fixtures.subject;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class RuleResourceTest {

    @Test
    void createdRuleIsServedWithLocationAndETag() {
        String id = uniqueId("it-ban");
        Map<String, Object> rule = rule(id);
        rule.put("jurisdiction", " it ");
        api().body(rule).post("/api/v1/rules").then().statusCode(201)
                .header("Location", endsWith("/api/v1/rules/" + id))
                .header("ETag", equalTo("\"0\""))
                .body("jurisdiction", equalTo("IT"))
                .body("version", equalTo(0));

        asOfficer().get("/api/v1/rules/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("id", equalTo(id))
                .body("kind", equalTo("NATIONWIDE_BAN"))
                .body("segments", equalTo(List.of("CONSUMER")))
                .body("hostingModes", equalTo(List.of("VENDOR_API")))
                .body("effectiveFrom", equalTo("2025-01-30"))
                .body("effectiveTo", nullValue())
                .body("legalBasis", equalTo("Test basis"))
                .body("confidence", equalTo("HIGH"));
    }

    @Test
    void vendorNamesInTheSubjectAreStoredAsVendorIds() {
        String vendor = createVendor(uniqueId("vendor"));
        Map<String, Object> rule = rule(uniqueId("it-ban"));
        subject(rule).put("vendors", List.of("Hangzhou " + vendor.toUpperCase() + " Artificial Intelligence Co., Ltd."));
        createRule(rule).then().body("subject.vendors", equalTo(List.of(vendor)));
    }

    @Test
    void updateReplacesTheRuleAndMovesItsETag() {
        String id = uniqueId("it-ban");
        createRule(rule(id));
        Map<String, Object> changed = rule(id);
        changed.put("severity", "WARNING");
        changed.put("effectiveTo", "2026-01-01");
        api().header("If-Match", "\"0\"").body(changed).put("/api/v1/rules/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("severity", equalTo("WARNING"))
                .body("version", equalTo(1));
        asOfficer().get("/api/v1/rules/" + id).then().body("effectiveTo", equalTo("2026-01-01"));
    }

    @Test
    void updateWithTheSameContentChangesNothing() {
        String id = uniqueId("it-ban");
        createRule(rule(id));
        long version = Fixtures.rulesetVersion();
        api().header("If-Match", "\"0\"").body(rule(id)).put("/api/v1/rules/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\""));
        assertThat(Fixtures.rulesetVersion()).isEqualTo(version);
    }

    @Test
    void deletedRuleIsGone() {
        String id = uniqueId("it-ban");
        createRule(rule(id));
        api().delete("/api/v1/rules/" + id).then().statusCode(428).contentType(PROBLEM_JSON);
        api().header("If-Match", "\"3\"").delete("/api/v1/rules/" + id).then().statusCode(412).contentType(PROBLEM_JSON);
        api().header("If-Match", "\"0\"").delete("/api/v1/rules/" + id).then().statusCode(204);
        asOfficer().get("/api/v1/rules/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
        api().header("If-Match", "\"0\"").delete("/api/v1/rules/" + id).then().statusCode(404);
    }

    @Test
    void putNeedsIfMatch() {
        String id = uniqueId("it-ban");
        createRule(rule(id));
        api().body(rule(id)).put("/api/v1/rules/" + id).then().statusCode(428)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(428))
                .body("errors[0].field", equalTo("If-Match"));
    }

    @Test
    void putOfAnUnknownRuleIsNotFound() {
        String id = uniqueId("it-ban");
        api().header("If-Match", "\"0\"").body(rule(id)).put("/api/v1/rules/" + id).then().statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void listFiltersByJurisdictionKindStatusVendorAndDate() {
        String vendor = createVendor(uniqueId("vendor"));
        String tag = uniqueId("f");
        Map<String, Object> texas = rule(tag + "-tx");
        texas.put("jurisdiction", "US-TX");
        texas.put("kind", "GOVERNMENT_DEVICE_BAN");
        subject(texas).put("vendors", List.of(vendor));
        createRule(texas);
        Map<String, Object> federal = rule(tag + "-us");
        federal.put("jurisdiction", "US");
        federal.put("status", "PROPOSED");
        federal.put("severity", "WARNING");
        subject(federal).put("vendors", List.of(vendor));
        createRule(federal);
        Map<String, Object> lifted = rule(tag + "-us-lifted");
        lifted.put("jurisdiction", "US");
        lifted.put("status", "LIFTED");
        lifted.put("effectiveFrom", "2023-01-01");
        lifted.put("effectiveTo", "2024-01-01");
        subject(lifted).put("vendors", List.of(vendor));
        createRule(lifted);

        assertThat(ids(Map.of("vendor", vendor.toUpperCase() + " ai"))).containsExactly(tag + "-tx", tag + "-us", tag + "-us-lifted");
        assertThat(ids(Map.of("vendor", vendor, "jurisdiction", "us-tx"))).containsExactly(tag + "-tx");
        assertThat(ids(Map.of("vendor", vendor, "jurisdiction", "US-TX", "related", "true")))
                .containsExactly(tag + "-tx", tag + "-us", tag + "-us-lifted");
        assertThat(ids(Map.of("vendor", vendor, "jurisdiction", "US", "related", "true")))
                .containsExactly(tag + "-tx", tag + "-us", tag + "-us-lifted");
        assertThat(ids(Map.of("vendor", vendor, "jurisdiction", "US"))).containsExactly(tag + "-us", tag + "-us-lifted");
        assertThat(ids(Map.of("vendor", vendor, "kind", "government_device_ban"))).containsExactly(tag + "-tx");
        assertThat(ids(Map.of("vendor", vendor, "status", "PROPOSED"))).containsExactly(tag + "-us");
        assertThat(ids(Map.of("vendor", vendor, "inForceOn", "2025-06-01"))).containsExactly(tag + "-tx");
        assertThat(ids(Map.of("vendor", vendor, "inForceOn", "2023-06-01"))).containsExactly(tag + "-us-lifted");
        assertThat(ids(Map.of("vendor", "nobody-" + tag))).isEmpty();
    }

    @Test
    void relatedRulesOfACountryIncludeItsBlocs() {
        String tag = uniqueId("eu");
        Map<String, Object> eu = rule(tag + "-eu");
        eu.put("jurisdiction", "EU");
        eu.put("organization", tag);
        createRule(eu);
        List<String> related = asOfficer().queryParam("jurisdiction", "IT").queryParam("related", true)
                .queryParam("size", 500).get("/api/v1/rules").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        assertThat(related).contains(tag + "-eu");
        List<String> own = asOfficer().queryParam("jurisdiction", "IT").queryParam("size", 500).get("/api/v1/rules")
                .then().statusCode(200).extract().jsonPath().getList("id", String.class);
        assertThat(own).doesNotContain(tag + "-eu");
    }

    @Test
    void pagesAreOrderedByIdAndCarryTheTotal() {
        String vendor = createVendor(uniqueId("vendor"));
        String tag = uniqueId("p");
        for (String suffix : List.of("c", "a", "e", "b", "d")) {
            Map<String, Object> rule = rule(tag + "-" + suffix);
            subject(rule).put("vendors", List.of(vendor));
            createRule(rule);
        }
        Response first = asOfficer().queryParam("vendor", vendor).queryParam("size", 2).get("/api/v1/rules");
        first.then().statusCode(200).header(RuleResource.TOTAL_COUNT, equalTo("5"));
        assertThat(first.jsonPath().getList("id", String.class)).containsExactly(tag + "-a", tag + "-b");
        assertThat(first.header("Link")).contains("rel=\"next\"").contains("page=1");

        Response last = asOfficer().queryParam("vendor", vendor).queryParam("size", 2).queryParam("page", 2).get("/api/v1/rules");
        assertThat(last.jsonPath().getList("id", String.class)).containsExactly(tag + "-e");
        assertThat(last.header("Link")).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
    }

    @Test
    void badListParametersAreBadRequestsNamingTheParameter() {
        Map<String, String> cases = Map.of("kind", "BAN", "status", "DRAFT", "inForceOn", "2025-02-30",
                "jurisdiction", "XX", "size", "0", "page", "-1");
        cases.forEach((parameter, value) -> asOfficer().queryParam(parameter, value).get("/api/v1/rules")
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo(parameter)));
    }

    private static List<String> ids(Map<String, String> query) {
        return asOfficer().queryParams(query).queryParam("size", 500).get("/api/v1/rules").then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
    }
}
