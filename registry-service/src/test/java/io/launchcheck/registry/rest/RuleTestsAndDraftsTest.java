package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createVendor;
import static io.launchcheck.registry.rest.Fixtures.rule;
import static io.launchcheck.registry.rest.Fixtures.rulesetVersion;
import static io.launchcheck.registry.rest.Fixtures.subject;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.launchcheck.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.filter.log.RequestLoggingFilter;
import io.restassured.filter.log.ResponseLoggingFilter;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/**
 * Rule tests (stored with the rule, run by the real rules engine in-process, enforced on every change), drafts that no
 * ruleset holds, their preview and audited publication, and the diff between ruleset versions, on real PostgreSQL.
 * Rules here name a vendor created for the test and target Uruguay, so other tests' rules cannot change the verdicts.
 */
@QuarkusTest
class RuleTestsAndDraftsTest {

    private static final String MARKET = "UY";
    private static final String AS_OF = "2025-06-01";

    /** A blocking ban in Uruguay of a fresh vendor's own service, for consumers. */
    private static Map<String, Object> banOf(String id, String vendorId) {
        Map<String, Object> rule = rule(id);
        rule.put("jurisdiction", MARKET);
        subject(rule).put("vendors", new ArrayList<>(List.of(vendorId)));
        return rule;
    }

    private static Map<String, Object> profile(String vendorName, String mode, String market) {
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("app", Map.of("name", "test-assistant", "vendor", vendorName, "originCountry", "CN"));
        profile.put("hosting", Map.of("mode", mode, "dataCountries", List.of("CN")));
        profile.put("targets", List.of(Map.of("jurisdiction", market, "segments", List.of("CONSUMER"))));
        profile.put("asOf", AS_OF);
        return profile;
    }

    private static Map<String, Object> test(String name, Map<String, Object> profile, String verdict, boolean matches) {
        Map<String, Object> test = new LinkedHashMap<>();
        test.put("name", name);
        test.put("profile", profile);
        test.put("target", MARKET);
        if (verdict != null) {
            test.put("verdict", verdict);
        }
        test.put("matches", matches);
        return test;
    }

    /** The two tests a ban of the vendor's own service should pass. */
    private static List<Map<String, Object>> goodTests(String vendorName) {
        return new ArrayList<>(List.of(
                test("the vendor's API for consumers", profile(vendorName, "VENDOR_API", MARKET), "NON_COMPLIANT", true),
                test("self-hosted weights are not covered", profile(vendorName, "SELF_HOSTED", MARKET), null, false)));
    }

    private static RequestSpecification as(String token) {
        return RestAssured.given().auth().oauth2(token).filter(new RequestLoggingFilter())
                .filter(new ResponseLoggingFilter()).contentType(ContentType.JSON);
    }

    @Test
    void storesARuleWhoseTestsPassWithItsTestsInTheRuleAndHistoryButNotInTheRuleset() {
        String vendor = createVendor(uniqueId("tv"));
        String id = uniqueId("uy-ban");
        Map<String, Object> rule = banOf(id, vendor);
        rule.put("tests", goodTests("Vendor " + vendor));
        api().body(rule).post("/api/v1/rules").then().statusCode(201)
                .body("tests.size()", equalTo(2))
                .body("tests[0].name", equalTo("the vendor's API for consumers"))
                .body("tests[1].matches", equalTo(false));
        api().get("/api/v1/rules/" + id).then().statusCode(200).body("tests[0].verdict", equalTo("NON_COMPLIANT"));
        api().get("/api/v1/rules/" + id + "/history").then().statusCode(200)
                .body("[0].after.tests.size()", equalTo(2));
        JsonPath ruleset = api().get("/api/v1/ruleset").then().statusCode(200).extract().jsonPath();
        Map<String, Object> served = ruleset.getMap("rules.find { it.id == '" + id + "' }");
        assertThat(served).isNotNull().doesNotContainKey("tests");
    }

    @Test
    void refusesARuleWhoseTestsFailNamingTheFailingCase() {
        String vendor = createVendor(uniqueId("tv"));
        String id = uniqueId("uy-ban");
        Map<String, Object> rule = banOf(id, vendor);
        List<Map<String, Object>> tests = goodTests("Vendor " + vendor);
        tests.add(test("claims the API is fine", profile("Vendor " + vendor, "VENDOR_API", MARKET), "COMPLIANT", false));
        rule.put("tests", tests);
        long before = rulesetVersion();
        api().body(rule).post("/api/v1/rules").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("title", equalTo("Rule tests failed"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].field", equalTo("tests[2]"))
                .body("errors[0].message", containsString("claims the API is fine"))
                .body("errors[0].message", containsString("expected COMPLIANT for UY, got NON_COMPLIANT"));
        api().get("/api/v1/rules/" + id).then().statusCode(404);
        assertThat(rulesetVersion()).isEqualTo(before);
    }

    @Test
    void refusesAnUpdateThatBreaksTheRulesTests() {
        String vendor = createVendor(uniqueId("tv"));
        String id = uniqueId("uy-ban");
        Map<String, Object> rule = banOf(id, vendor);
        rule.put("tests", goodTests("Vendor " + vendor));
        String etag = api().body(rule).post("/api/v1/rules").then().statusCode(201).extract().header("ETag");
        rule.put("hostingModes", new ArrayList<>());
        api().header("If-Match", etag).body(rule).put("/api/v1/rules/" + id).then().statusCode(422)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("tests[1]"))
                .body("errors[0].message", containsString("not to match"));
        api().get("/api/v1/rules/" + id).then().statusCode(200).body("hostingModes", equalTo(List.of("VENDOR_API")));
    }

    @Test
    void refusesUndatedTestsTestsOfAnotherTargetAndUnknownFields() {
        String vendor = createVendor(uniqueId("tv"));
        Map<String, Object> rule = banOf(uniqueId("uy-ban"), vendor);
        Map<String, Object> undated = profile("Vendor " + vendor, "VENDOR_API", MARKET);
        undated.remove("asOf");
        Map<String, Object> elsewhere = test("elsewhere", profile("Vendor " + vendor, "VENDOR_API", MARKET), null, true);
        elsewhere.put("target", "AR");
        rule.put("tests", List.of(test("undated", undated, null, true), elsewhere));
        api().body(rule).post("/api/v1/rules").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("tests[0].profile.asOf"))
                .body("errors.field", hasItem("tests[1].target"));

        Map<String, Object> extra = test("extra", profile("Vendor " + vendor, "VENDOR_API", MARKET), null, true);
        extra.put("expected", "NON_COMPLIANT");
        rule.put("tests", List.of(extra));
        api().body(rule).post("/api/v1/rules").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("tests[0].expected"));
    }

    @Test
    void testsARuleWithoutSavingItAndReportsActualBesideExpected() {
        String vendor = createVendor(uniqueId("tv"));
        String id = uniqueId("uy-ban");
        Map<String, Object> rule = banOf(id, vendor);
        List<Map<String, Object>> tests = goodTests("Vendor " + vendor);
        tests.add(test("claims the API is fine", profile("Vendor " + vendor, "VENDOR_API", MARKET), "COMPLIANT", false));
        rule.put("tests", tests);
        api().body(rule).post("/api/v1/rules/tests").then().statusCode(200)
                .body("ruleId", equalTo(id)).body("passed", equalTo(false))
                .body("total", equalTo(3)).body("failed", equalTo(1))
                .body("results[0].passed", equalTo(true))
                .body("results[0].actualVerdict", equalTo("NON_COMPLIANT"))
                .body("results[0].decidingRules", hasItem(id))
                .body("results[2].passed", equalTo(false))
                .body("results[2].expectedVerdict", equalTo("COMPLIANT"))
                .body("results[2].actualVerdict", equalTo("NON_COMPLIANT"))
                .body("results[2].actualMatches", equalTo(true))
                .body("results[2].failures.size()", equalTo(2));
        api().get("/api/v1/rules/" + id).then().statusCode(404);
        as(Tokens.auditor()).body(rule).post("/api/v1/rules/tests").then().statusCode(403);
    }

    @Test
    void coverageListsRulesWithoutTests() {
        String untested = uniqueId("uy-untested");
        Fixtures.createRule(banOf(untested, createVendor(uniqueId("tv"))));
        String vendor = createVendor(uniqueId("tv"));
        String tested = uniqueId("uy-tested");
        Map<String, Object> rule = banOf(tested, vendor);
        rule.put("tests", goodTests("Vendor " + vendor));
        Fixtures.createRule(rule);
        as(Tokens.auditor()).get("/api/v1/rules/tests/coverage").then().statusCode(200)
                .body("rulesWithoutTests", hasItem(untested))
                .body("rulesWithoutTests", not(hasItem(tested)))
                .body("rulesWithoutMatchingTest", not(hasItem(tested)));
        as(Tokens.productTeam()).get("/api/v1/rules/tests/coverage").then().statusCode(403);
    }

    @Test
    void aDraftIsInNoRulesetUntilPublishedAndPublishingIsAudited() {
        String vendor = createVendor(uniqueId("tv"));
        String id = uniqueId("uy-ban");
        Map<String, Object> rule = banOf(id, vendor);
        rule.put("tests", goodTests("Vendor " + vendor));
        long before = rulesetVersion();

        JsonPath draft = api().body(Map.of("rule", rule, "reason", "new order")).post("/api/v1/rule-drafts")
                .then().statusCode(201).header("Location", containsString("/api/v1/rule-drafts/"))
                .body("status", equalTo("OPEN")).body("action", equalTo("UPSERT"))
                .body("createdBy", equalTo(Fixtures.OFFICER))
                .body("tests.passed", equalTo(true)).body("tests.total", equalTo(2))
                .extract().jsonPath();
        String draftId = draft.getString("id");

        assertThat(rulesetVersion()).isEqualTo(before);
        api().get("/api/v1/rules/" + id).then().statusCode(404);
        api().get("/api/v1/ruleset").then().statusCode(200).body("rules.id", not(hasItem(id)));
        as(Tokens.rulesetReader()).get("/api/v1/ruleset").then().statusCode(200).body("rules.id", not(hasItem(id)));
        as(Tokens.rulesetReader()).get("/api/v1/rule-drafts").then().statusCode(403);
        api().post("/api/v1/rule-drafts/" + draftId + "/tests").then().statusCode(200).body("passed", equalTo(true));
        as(Tokens.auditor()).get("/api/v1/rule-drafts?status=open").then().statusCode(200).body("id", hasItem(draftId));

        as(Tokens.auditor()).body(Map.of("drafts", List.of(draftId))).post("/api/v1/rule-publications")
                .then().statusCode(403);
        as(Tokens.officer("alice@example.org")).body(Map.of("drafts", List.of(draftId), "reason", "Order 12/2026"))
                .post("/api/v1/rule-publications").then().statusCode(200)
                .body("rulesetVersion", equalTo((int) before + 1))
                .body("publishedBy", equalTo("alice@example.org"))
                .body("rules", equalTo(List.of(id)));

        api().get("/api/v1/rules/" + id).then().statusCode(200).body("tests.size()", equalTo(2));
        api().get("/api/v1/rules/" + id + "/history").then().statusCode(200)
                .body("[0].actor", equalTo("alice@example.org")).body("[0].reason", equalTo("Order 12/2026"))
                .body("[0].action", equalTo("CREATED"));
        api().get("/api/v1/rule-drafts/" + draftId).then().statusCode(200).body("status", equalTo("PUBLISHED"))
                .body("closedBy", equalTo("alice@example.org")).body("rulesetVersion", equalTo((int) before + 1));
        api().body(Map.of("drafts", List.of(draftId))).post("/api/v1/rule-publications").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("drafts[0]"));
    }

    @Test
    void publishingRefusesADraftWhoseRuleChangedOrWhoseTestsFail() {
        String vendor = createVendor(uniqueId("tv"));
        String id = uniqueId("uy-ban");
        Map<String, Object> rule = banOf(id, vendor);
        rule.put("tests", goodTests("Vendor " + vendor));
        String etag = api().body(rule).post("/api/v1/rules").then().statusCode(201).extract().header("ETag");

        Map<String, Object> wider = new LinkedHashMap<>(rule);
        wider.put("hostingModes", new ArrayList<>());
        String failing = api().body(Map.of("rule", wider)).post("/api/v1/rule-drafts").then().statusCode(201)
                .body("tests.passed", equalTo(false)).body("tests.results[1].actualMatches", equalTo(true))
                .extract().path("id");
        api().body(Map.of("drafts", List.of(failing))).post("/api/v1/rule-publications").then().statusCode(422)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("drafts[0].rule.tests[1]"));

        Map<String, Object> retitled = new LinkedHashMap<>(rule);
        retitled.put("title", "Renamed ban");
        String stale = api().body(Map.of("rule", retitled)).post("/api/v1/rule-drafts").then().statusCode(201)
                .body("baseVersion", equalTo(0)).extract().path("id");
        Map<String, Object> direct = new LinkedHashMap<>(rule);
        direct.put("title", "Changed directly");
        api().header("If-Match", etag).body(direct).put("/api/v1/rules/" + id).then().statusCode(200);
        api().body(Map.of("drafts", List.of(stale))).post("/api/v1/rule-publications").then().statusCode(409)
                .contentType(PROBLEM_JSON).body("detail", containsString("changed since draft"));

        api().delete("/api/v1/rule-drafts/" + stale).then().statusCode(204);
        api().get("/api/v1/rule-drafts/" + stale).then().statusCode(200).body("status", equalTo("DISCARDED"));
        api().delete("/api/v1/rule-drafts/" + stale).then().statusCode(409);
        api().get("/api/v1/rule-drafts/00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void previewNamesTheTargetsWhoseVerdictWouldChange() {
        String vendor = createVendor(uniqueId("tv"));
        String id = uniqueId("uy-ban");
        String draftId = api().body(Map.of("rule", banOf(id, vendor))).post("/api/v1/rule-drafts").then().statusCode(201)
                .extract().path("id");
        Map<String, Object> twoMarkets = profile("Vendor " + vendor, "VENDOR_API", MARKET);
        twoMarkets.put("targets", List.of(Map.of("jurisdiction", "py", "segments", List.of("CONSUMER")),
                Map.of("jurisdiction", "uy", "segments", List.of("CONSUMER"))));
        Map<String, Object> request = Map.of("drafts", List.of(draftId), "asOf", AS_OF, "profiles", List.of(
                Map.of("key", "affected", "profile", profile("Vendor " + vendor, "VENDOR_API", MARKET)),
                Map.of("key", "self-hosted", "profile", profile("Vendor " + vendor, "SELF_HOSTED", MARKET)),
                Map.of("key", "elsewhere", "profile", profile("Vendor " + vendor, "VENDOR_API", "PY")),
                Map.of("key", "two-markets", "profile", twoMarkets)));
        as(Tokens.auditor()).body(request).post("/api/v1/rule-previews").then().statusCode(200)
                .body("profiles", equalTo(4)).body("judged", equalTo(3)).body("unaffected", equalTo(1))
                .body("changes.size()", equalTo(2))
                .body("changes[0].key", equalTo("affected"))
                .body("changes[0].jurisdiction", equalTo(MARKET))
                .body("changes[0].after", equalTo("NON_COMPLIANT"))
                .body("changes[0].before", not(equalTo("NON_COMPLIANT")))
                .body("changes[0].rules", equalTo(List.of(id)))
                .body("changes[1].key", equalTo("two-markets"))
                .body("changes[1].jurisdiction", equalTo(MARKET))
                .body("unjudged.size()", equalTo(0));
        api().get("/api/v1/rules/" + id).then().statusCode(404);
        as(Tokens.productTeam()).body(request).post("/api/v1/rule-previews").then().statusCode(403);
        api().body(Map.of("drafts", List.of("00000000-0000-0000-0000-000000000000"), "profiles", List.of()))
                .post("/api/v1/rule-previews").then().statusCode(422).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("drafts"));
    }

    @Test
    void diffNamesRulesAddedRemovedAndTheFieldsThatChanged() {
        String vendor = createVendor(uniqueId("tv"));
        String id = uniqueId("uy-ban");
        Map<String, Object> rule = banOf(id, vendor);
        long start = rulesetVersion();
        String etag = Fixtures.createRule(rule).header("ETag");
        long created = rulesetVersion();
        rule.put("severity", "WARNING");
        rule.put("title", "Only a warning now");
        etag = api().header("If-Match", etag).body(rule).put("/api/v1/rules/" + id).then().statusCode(200)
                .extract().header("ETag");
        long changed = rulesetVersion();
        api().header("If-Match", etag).delete("/api/v1/rules/" + id).then().statusCode(204);
        long removed = rulesetVersion();

        as(Tokens.auditor()).get("/api/v1/ruleset/diff?from=" + start + "&to=" + created).then().statusCode(200)
                .body("added", equalTo(List.of(id))).body("removed", equalTo(List.of()));
        api().get("/api/v1/ruleset/diff?from=" + created + "&to=" + changed).then().statusCode(200)
                .body("added", equalTo(List.of())).body("changed.size()", equalTo(1))
                .body("changed[0].ruleId", equalTo(id))
                .body("changed[0].fields", equalTo(List.of("title", "severity")))
                .body("changed[0].before.severity", equalTo("BLOCKING"))
                .body("changed[0].after.severity", equalTo("WARNING"));
        api().get("/api/v1/ruleset/diff?from=" + changed + "&to=" + removed).then().statusCode(200)
                .body("removed", equalTo(List.of(id)));
        api().get("/api/v1/ruleset/diff?from=1&to=999999").then().statusCode(404).contentType(PROBLEM_JSON);
        api().get("/api/v1/ruleset/diff?from=1").then().statusCode(400).contentType(PROBLEM_JSON);
        as(Tokens.productTeam()).get("/api/v1/ruleset/diff?from=1&to=2").then().statusCode(403);
    }
}
