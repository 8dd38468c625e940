package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createVendor;
import static io.launchcheck.registry.rest.Fixtures.rule;
import static io.launchcheck.registry.rest.Fixtures.rulesetVersion;
import static io.launchcheck.registry.rest.Fixtures.subject;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * A rule's sets (segments, use cases, roles) and its tests' sets (the profile's use cases and segments, the verdicts
 * not expected) are answered in their declared order wherever the rule is read: the rule, its history, the ruleset, a
 * test run, the diff between versions; a rule that changed in one field shows only that field as changed.
 */
@QuarkusTest
class SetOrderTest {

    private static final String MARKET = "UY";
    /** Declaration order of UseCase. */
    private static final List<String> USES = List.of("CONVERSATIONAL_ASSISTANT", "DEEPFAKE", "EDUCATION", "EMPLOYMENT",
            "CREDIT_SCORING", "MINORS_AS_USERS");
    private static final List<String> ROLES = List.of("PROVIDER", "DEPLOYER", "DISTRIBUTOR");
    private static final List<String> SEGMENTS = List.of("CONSUMER", "ENTERPRISE", "GOVERNMENT", "STATE_OWNED_ENTERPRISE");

    private static List<String> reversed(List<String> values) {
        List<String> list = new ArrayList<>(values);
        java.util.Collections.reverse(list);
        return list;
    }

    private static Map<String, Object> ruleWithTest(String id, String vendorId) {
        Map<String, Object> rule = rule(id);
        rule.put("jurisdiction", MARKET);
        subject(rule).put("vendors", new ArrayList<>(List.of(vendorId)));
        rule.put("segments", reversed(SEGMENTS));
        rule.put("useCases", reversed(USES));
        rule.put("roles", reversed(ROLES));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("app", Map.of("name", "test-assistant", "vendor", "Vendor " + vendorId, "originCountry", "CN"));
        profile.put("hosting", Map.of("mode", "VENDOR_API", "dataCountries", List.of("CN")));
        profile.put("targets", List.of(Map.of("jurisdiction", MARKET, "segments", reversed(SEGMENTS))));
        profile.put("asOf", "2025-06-01");
        profile.put("useCases", reversed(USES));
        profile.put("role", "DEPLOYER");
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", "the vendor's API for a hiring screen");
        test.put("profile", profile);
        test.put("target", MARKET);
        test.put("notVerdicts", List.of("NEEDS_REVIEW", "COMPLIANT"));
        test.put("matches", true);
        rule.put("tests", new ArrayList<>(List.of(test)));
        return rule;
    }

    private static void inDeclaredOrder(JsonPath rule, String prefix) {
        assertThat(rule.getList(prefix + "segments", String.class)).containsExactlyElementsOf(SEGMENTS);
        assertThat(rule.getList(prefix + "useCases", String.class)).containsExactlyElementsOf(USES);
        assertThat(rule.getList(prefix + "roles", String.class)).containsExactlyElementsOf(ROLES);
    }

    private static void testsInDeclaredOrder(JsonPath rule, String prefix) {
        assertThat(rule.getList(prefix + "tests[0].profile.useCases", String.class)).containsExactlyElementsOf(USES);
        assertThat(rule.getList(prefix + "tests[0].profile.targets[0].segments", String.class))
                .containsExactlyElementsOf(SEGMENTS);
        assertThat(rule.getList(prefix + "tests[0].notVerdicts", String.class)).containsExactly("COMPLIANT", "NEEDS_REVIEW");
    }

    @Test
    void aRuleAndItsTestsAreAnsweredWithTheirSetsInDeclaredOrderEverywhere() {
        String vendor = createVendor(uniqueId("ov"));
        String id = uniqueId("uy-order");
        Map<String, Object> rule = ruleWithTest(id, vendor);

        JsonPath tried = api().body(rule).post("/api/v1/rules/tests").then().statusCode(200)
                .body("passed", equalTo(true)).extract().jsonPath();
        assertThat(tried.getList("results[0].notVerdicts", String.class)).containsExactly("COMPLIANT", "NEEDS_REVIEW");

        long before = rulesetVersion();
        JsonPath created = Fixtures.createRule(rule).jsonPath();
        long createdAt = rulesetVersion();
        inDeclaredOrder(created, "");
        testsInDeclaredOrder(created, "");
        JsonPath read = api().get("/api/v1/rules/" + id).then().statusCode(200).extract().jsonPath();
        inDeclaredOrder(read, "");
        testsInDeclaredOrder(read, "");

        String etag = api().get("/api/v1/rules/" + id).then().extract().header("ETag");
        rule.put("title", "A new title");
        api().header("If-Match", etag).body(rule).put("/api/v1/rules/" + id).then().statusCode(200);
        long changedAt = rulesetVersion();

        JsonPath history = api().get("/api/v1/rules/" + id + "/history").then().statusCode(200).extract().jsonPath();
        for (String entry : Arrays.asList("[0].after.", "[0].before.", "[1].after.")) {
            inDeclaredOrder(history, entry);
            testsInDeclaredOrder(history, entry);
        }

        for (String version : List.of("", "?version=" + createdAt)) {
            JsonPath ruleset = api().get("/api/v1/ruleset" + version).then().statusCode(200).extract().jsonPath();
            inDeclaredOrder(ruleset, "rules.find { it.id == '" + id + "' }.");
        }

        api().get("/api/v1/ruleset/diff?from=" + createdAt + "&to=" + changedAt).then().statusCode(200)
                .body("changed.find { it.ruleId == '" + id + "' }.fields", equalTo(List.of("title")));
        api().get("/api/v1/ruleset/diff?from=" + before + "&to=" + createdAt).then().statusCode(200)
                .body("added", hasItem(id));
        JsonPath diff = api().get("/api/v1/ruleset/diff?from=" + createdAt + "&to=" + changedAt).then().extract()
                .jsonPath();
        inDeclaredOrder(diff, "changed[0].before.");
        testsInDeclaredOrder(diff, "changed[0].after.");
    }

    @Test
    void aNullUseCaseInARuleIsStillRefusedNamingTheField() {
        String vendor = createVendor(uniqueId("ov"));
        String id = uniqueId("uy-order-null");
        Map<String, Object> rule = ruleWithTest(id, vendor);
        rule.put("useCases", new ArrayList<>(Arrays.asList("EMPLOYMENT", null, "DEEPFAKE")));
        long before = rulesetVersion();

        api().body(rule).post("/api/v1/rules").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("useCases"));
        api().get("/api/v1/rules/" + id).then().statusCode(404);
        assertThat(rulesetVersion()).isEqualTo(before);
    }
}
