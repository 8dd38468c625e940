package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createRule;
import static io.launchcheck.registry.rest.Fixtures.rule;
import static io.launchcheck.registry.rest.Fixtures.rulesetVersion;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.launchcheck.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** What auditors rely on: every change kept with who and why, and any past ruleset exactly as it was. */
@QuarkusTest
class HistoryAndRulesetTest {

    @Test
    void historyKeepsCreateUpdateAndDeleteWithActorAndReasonNewestFirst() {
        String id = uniqueId("hist");
        asOfficer().contentType("application/json").auth().oauth2(Tokens.officer("alice")).header("X-Change-Reason", "new decision").body(rule(id))
                .post("/api/v1/rules").then().statusCode(201);
        Map<String, Object> changed = rule(id);
        changed.put("severity", "WARNING");
        asOfficer().contentType("application/json").header("If-Match", "\"0\"").body(changed)
                .put("/api/v1/rules/" + id).then().statusCode(200);
        asOfficer().auth().oauth2(Tokens.officer("carol")).header("X-Change-Reason", "lifted by court").header("If-Match", "\"1\"")
                .delete("/api/v1/rules/" + id).then().statusCode(204);

        JsonPath history = asOfficer().get("/api/v1/rules/" + id + "/history").then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("action", String.class)).containsExactly("DELETED", "UPDATED", "CREATED");
        assertThat(history.getList("actor", String.class)).containsExactly("carol", Tokens.OFFICER, "alice");
        assertThat(history.getList("reason", String.class)).containsExactly("lifted by court", null, "new decision");
        List<Long> versions = history.getList("rulesetVersion", Long.class);
        assertThat(versions.get(0)).isGreaterThan(versions.get(1));
        assertThat(versions.get(1)).isGreaterThan(versions.get(2));

        assertThat(history.getString("[2].before")).isNull();
        assertThat(history.getString("[2].after.severity")).isEqualTo("BLOCKING");
        assertThat(history.getString("[1].before.severity")).isEqualTo("BLOCKING");
        assertThat(history.getString("[1].after.severity")).isEqualTo("WARNING");
        assertThat(history.getInt("[1].after.version")).isEqualTo(1);
        assertThat(history.getString("[0].before.severity")).isEqualTo("WARNING");
        assertThat(history.getString("[0].after")).isNull();
        assertThat(history.getString("[0].at")).isNotBlank();
    }

    @Test
    void historyOfARuleThatNeverExistedIsNotFound() {
        asOfficer().get("/api/v1/rules/" + uniqueId("never") + "/history").then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void everyChangeMovesTheVersionByOne() {
        long start = rulesetVersion();
        String id = uniqueId("ver");
        createRule(rule(id));
        long afterCreate = rulesetVersion();
        Map<String, Object> changed = rule(id);
        changed.put("title", "changed");
        api().header("If-Match", "\"0\"").body(changed).put("/api/v1/rules/" + id).then().statusCode(200);
        long afterUpdate = rulesetVersion();
        api().header("If-Match", "\"1\"").delete("/api/v1/rules/" + id).then().statusCode(204);
        long afterDelete = rulesetVersion();
        assertThat(afterCreate).isGreaterThan(start);
        assertThat(afterUpdate).isGreaterThan(afterCreate);
        assertThat(afterDelete).isGreaterThan(afterUpdate);

        api().body(rule(id).put("jurisdiction", "XX")).post("/api/v1/rules");
        assertThat(rulesetVersion()).as("a refused change creates no version").isEqualTo(afterDelete);
    }

    @Test
    void versionEndpointMatchesTheRuleset() {
        JsonPath version = asOfficer().get("/api/v1/ruleset/version").then().statusCode(200).extract().jsonPath();
        Response ruleset = asOfficer().get("/api/v1/ruleset");
        ruleset.then().statusCode(200).header("ETag", equalTo("\"" + ruleset.jsonPath().getLong("version") + "\""));
        assertThat(ruleset.jsonPath().getLong("version")).isGreaterThanOrEqualTo(version.getLong("version"));
        assertThat(version.getString("changedAt")).isNotBlank();
    }

    @Test
    void rulesetCarriesRulesVendorsAndJurisdictionsWithoutMembers() {
        String vendor = Fixtures.createVendor(uniqueId("vendor"));
        String id = uniqueId("rs");
        createRule(rule(id));
        JsonPath ruleset = asOfficer().get("/api/v1/ruleset").then().statusCode(200).extract().jsonPath();
        assertThat(ruleset.getList("rules.id", String.class)).contains(id).isSorted();
        assertThat(ruleset.getList("vendors.id", String.class)).contains(vendor);
        assertThat(ruleset.getList("jurisdictions.code", String.class)).contains("US-TX", "EU", "IT");
        Map<String, Object> italy = ruleset.getMap("jurisdictions.find { it.code == 'IT' }");
        assertThat(italy).containsEntry("blocs", List.of("EEA", "EU")).doesNotContainKey("members");
        Map<String, Object> texas = ruleset.getMap("jurisdictions.find { it.code == 'US-TX' }");
        assertThat(texas).containsEntry("parent", "US");
    }

    @Test
    void aCallerHoldingTheJurisdictionsGetsTheRulesetWithoutThem() {
        String id = uniqueId("held");
        createRule(rule(id));
        JsonPath whole = asOfficer().get("/api/v1/ruleset").then().statusCode(200).extract().jsonPath();
        String digest = whole.getString("jurisdictionsDigest");
        assertThat(digest).matches("[0-9a-f]{64}");

        Response lean = asOfficer().queryParam("heldJurisdictions", digest).get("/api/v1/ruleset");
        lean.then().statusCode(200).body("jurisdictions", nullValue()).body("jurisdictionsDigest", equalTo(digest));
        assertThat(lean.jsonPath().getLong("version")).isEqualTo(whole.getLong("version"));
        assertThat(lean.jsonPath().getList("rules.id", String.class)).isEqualTo(whole.getList("rules.id", String.class));
        assertThat(lean.asByteArray().length).as("size without jurisdictions").isLessThan(whole.prettyPrint().length() / 2);

        // other jurisdictions than the registry's: the whole ruleset
        asOfficer().queryParam("heldJurisdictions", "0".repeat(64)).get("/api/v1/ruleset").then().statusCode(200)
                .body("jurisdictions.code", org.hamcrest.Matchers.hasItem("US-TX"));
        // a past version too
        asOfficer().queryParam("version", whole.getLong("version")).queryParam("heldJurisdictions", digest)
                .get("/api/v1/ruleset").then().statusCode(200).body("jurisdictions", nullValue());
    }

    @Test
    void heldJurisdictionsThatAreNoDigestAreRefused() {
        asOfficer().queryParam("heldJurisdictions", "IT").get("/api/v1/ruleset").then().statusCode(400)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("heldJurisdictions"));
    }

    @Test
    void matchingIfNoneMatchAnswersNotModified() {
        String etag = asOfficer().get("/api/v1/ruleset").then().statusCode(200).extract().header("ETag");
        asOfficer().header("If-None-Match", etag).get("/api/v1/ruleset").then().statusCode(304)
                .header("ETag", equalTo(etag));
        createRule(rule(uniqueId("nm")));
        asOfficer().header("If-None-Match", etag).get("/api/v1/ruleset").then().statusCode(200);
    }

    @Test
    void pastVersionReturnsTheOldContentAfterLaterChanges() {
        String id = uniqueId("pin");
        createRule(rule(id));
        String vendor = Fixtures.createVendor(uniqueId("vendor"));
        long pinned = rulesetVersion();
        JsonPath then = asOfficer().get("/api/v1/ruleset").then().statusCode(200).extract().jsonPath();
        assertThat(then.getLong("version")).isEqualTo(pinned);

        Map<String, Object> changed = rule(id);
        changed.put("severity", "WARNING");
        api().header("If-Match", "\"0\"").body(changed).put("/api/v1/rules/" + id).then().statusCode(200);
        Map<String, Object> renamed = Fixtures.vendor(vendor);
        renamed.put("name", "Renamed " + vendor);
        api().header("If-Match", "\"0\"").body(renamed).put("/api/v1/vendors/" + vendor).then().statusCode(200);
        String later = uniqueId("later");
        createRule(rule(later));

        Response old = asOfficer().queryParam("version", pinned).get("/api/v1/ruleset");
        old.then().statusCode(200).header("ETag", equalTo("\"" + pinned + "\""));
        JsonPath past = old.jsonPath();
        assertThat(past.getLong("version")).isEqualTo(pinned);
        assertThat(past.getString("changedAt")).isEqualTo(then.getString("changedAt"));
        assertThat(past.getList("rules.id", String.class)).isEqualTo(then.getList("rules.id", String.class))
                .contains(id).doesNotContain(later);
        assertThat(past.getList("rules")).isEqualTo(then.getList("rules"));
        assertThat(past.getList("vendors")).isEqualTo(then.getList("vendors"));
        assertThat(past.getString("rules.find { it.id == '" + id + "' }.severity")).isEqualTo("BLOCKING");
        assertThat(past.getString("vendors.find { it.id == '" + vendor + "' }.name")).isEqualTo("Vendor " + vendor);

        JsonPath current = asOfficer().get("/api/v1/ruleset").then().extract().jsonPath();
        assertThat(current.getString("rules.find { it.id == '" + id + "' }.severity")).isEqualTo("WARNING");
        JsonPath currentByNumber = asOfficer().queryParam("version", current.getLong("version")).get("/api/v1/ruleset")
                .then().statusCode(200).extract().jsonPath();
        assertThat(currentByNumber.getList("rules")).isEqualTo(current.getList("rules"));
    }

    @Test
    void deletedRuleStaysInTheRulesetOfEarlierVersions() {
        String id = uniqueId("gone");
        createRule(rule(id));
        long before = rulesetVersion();
        api().header("If-Match", "\"0\"").delete("/api/v1/rules/" + id).then().statusCode(204);
        assertThat(asOfficer().get("/api/v1/ruleset").jsonPath().getList("rules.id", String.class)).doesNotContain(id);
        assertThat(asOfficer().queryParam("version", before).get("/api/v1/ruleset").jsonPath().getList("rules.id", String.class))
                .contains(id);
    }

    @Test
    void versionsThatDoNotExistAreNotFound() {
        long current = rulesetVersion();
        for (long version : List.of(current + 1, 0L, -3L)) {
            asOfficer().queryParam("version", version).get("/api/v1/ruleset").then().statusCode(404)
                    .contentType(PROBLEM_JSON).body("status", equalTo(404)).body("errors", nullValue());
        }
    }
}
