package io.launchcheck.registry.rest;

import static io.launchcheck.registry.security.Tokens.asOfficer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.filter.log.RequestLoggingFilter;
import io.restassured.filter.log.ResponseLoggingFilter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Test data: valid rules and vendors as JSON maps with unique ids, and request shortcuts. */
final class Fixtures {

    static final String PROBLEM_JSON = "application/problem+json";
    static final String OFFICER = "officer@example.org";

    private Fixtures() {
    }

    /** A fresh slug, so tests never depend on each other's data or order. */
    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid nationwide ban in Italy covering every app, with a unique id. */
    static Map<String, Object> rule(String id) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("jurisdiction", "IT");
        rule.put("kind", "NATIONWIDE_BAN");
        rule.put("title", "Test ban " + id);
        rule.put("subject", new LinkedHashMap<>(Map.of("vendors", new ArrayList<>(), "apps", new ArrayList<>(),
                "originCountries", new ArrayList<>())));
        rule.put("segments", new ArrayList<>(List.of("CONSUMER")));
        rule.put("sectors", new ArrayList<>());
        rule.put("hostingModes", new ArrayList<>(List.of("VENDOR_API")));
        rule.put("severity", "BLOCKING");
        rule.put("status", "IN_FORCE");
        rule.put("effectiveFrom", "2025-01-30");
        rule.put("legalBasis", "Test basis");
        rule.put("authority", "Test authority");
        rule.put("sourceUrl", "https://example.org/" + id);
        rule.put("remediation", "Self-host the model.");
        rule.put("hostingRationale", "Covers the vendor's service only.");
        rule.put("confidence", "HIGH");
        return rule;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> subject(Map<String, Object> rule) {
        return (Map<String, Object>) rule.get("subject");
    }

    /** A valid vendor whose every name is unique to this test. */
    static Map<String, Object> vendor(String id) {
        Map<String, Object> vendor = new LinkedHashMap<>();
        vendor.put("id", id);
        vendor.put("name", "Vendor " + id);
        vendor.put("aliases", new ArrayList<>(List.of(id + " AI")));
        vendor.put("legalEntities", new ArrayList<>(List.of("Hangzhou " + id + " Artificial Intelligence Co., Ltd.")));
        vendor.put("originCountry", "CN");
        return vendor;
    }

    static RequestSpecification api() {
        return asOfficer().filter(new RequestLoggingFilter()).filter(new ResponseLoggingFilter())
                .contentType(ContentType.JSON);
    }

    static Response createRule(Map<String, Object> rule) {
        Response response = api().body(rule).post("/api/v1/rules");
        response.then().statusCode(201);
        return response;
    }

    static String createVendor(String id) {
        api().body(vendor(id)).post("/api/v1/vendors").then().statusCode(201);
        return id;
    }

    static long rulesetVersion() {
        return asOfficer().get("/api/v1/ruleset/version").then().statusCode(200).extract().jsonPath().getLong("version");
    }
}
