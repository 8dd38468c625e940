package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.api;
import static io.launchcheck.registry.rest.Fixtures.createVendor;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The model catalog: families with their developer and identifiers, versioned with the ruleset. */
@QuarkusTest
class ModelResourceTest {

    private static Map<String, Object> family(String id, String developer, String... identifiers) {
        Map<String, Object> family = new LinkedHashMap<>();
        family.put("id", id);
        family.put("name", "Family " + id);
        family.put("developer", developer);
        family.put("openWeights", true);
        family.put("identifiers", new ArrayList<>(List.of(identifiers)));
        return family;
    }

    @Test
    void createdFamilyResolvesFromTheIdentifiersTeamsWrite() {
        String developer = createVendor(uniqueId("dev"));
        String id = uniqueId("fam");
        api().body(family(id, developer + " AI", id + "/" + id + "-Chat", id + "-chat"))
                .post("/api/v1/models").then().statusCode(201)
                .header("Location", endsWith("/api/v1/models/" + id))
                .header("ETag", equalTo("\"0\""))
                .body("developer", equalTo(developer));
        for (String name : List.of(id + "-chat:7b-q4_K_M", id.toUpperCase() + "_CHAT_32B.gguf", id + "/" + id + "-Chat-0528")) {
            List<String> ids = asOfficer().queryParam("name", name).get("/api/v1/models")
                    .then().statusCode(200).extract().jsonPath().getList("id", String.class);
            assertThat(ids).as(name).containsExactly(id);
        }
    }

    @Test
    void anIdentifierOfAnotherFamilyIsAConflictAndNothingIsStored() {
        String developer = createVendor(uniqueId("dev"));
        String first = uniqueId("first");
        api().body(family(first, developer, first + "-r1")).post("/api/v1/models").then().statusCode(201);
        long before = Fixtures.rulesetVersion();
        String second = uniqueId("second");
        api().body(family(second, developer, second + "-v3", first.toUpperCase() + "_R1"))
                .post("/api/v1/models").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("identifiers[1]"));
        asOfficer().get("/api/v1/models/" + second).then().statusCode(404).contentType(PROBLEM_JSON);
        assertThat(Fixtures.rulesetVersion()).isEqualTo(before);
    }

    @Test
    void anUnknownDeveloperIsUnprocessable() {
        api().body(family(uniqueId("fam"), "no such developer", "x")).post("/api/v1/models").then().statusCode(422)
                .contentType(PROBLEM_JSON).body("errors[0].field", equalTo("developer"));
    }

    @Test
    void anEmptyOrOverlongIdentifierIsABadRequest() {
        String developer = createVendor(uniqueId("dev"));
        api().body(family(uniqueId("fam"), developer, "")).post("/api/v1/models").then().statusCode(400)
                .contentType(PROBLEM_JSON);
        api().body(family(uniqueId("fam"), developer, "m".repeat(201))).post("/api/v1/models").then().statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void updateNeedsTheCurrentETagAndMovesTheRulesetVersion() {
        String developer = createVendor(uniqueId("dev"));
        String id = uniqueId("fam");
        api().body(family(id, developer, id + "-base")).post("/api/v1/models").then().statusCode(201);
        Map<String, Object> changed = family(id, developer, id + "-base", id + "-instruct");

        api().body(changed).put("/api/v1/models/" + id).then().statusCode(428).contentType(PROBLEM_JSON);
        api().header("If-Match", "\"5\"").body(changed).put("/api/v1/models/" + id).then().statusCode(412)
                .contentType(PROBLEM_JSON);
        long before = Fixtures.rulesetVersion();
        api().header("If-Match", "\"0\"").body(changed).put("/api/v1/models/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"1\""));
        long after = Fixtures.rulesetVersion();
        assertThat(after).isGreaterThan(before);

        List<String> atBefore = asOfficer().queryParam("version", before).get("/api/v1/ruleset").then().statusCode(200)
                .extract().jsonPath().getList("models.find { it.id == '" + id + "' }.identifiers", String.class);
        List<String> atAfter = asOfficer().queryParam("version", after).get("/api/v1/ruleset").then().statusCode(200)
                .extract().jsonPath().getList("models.find { it.id == '" + id + "' }.identifiers", String.class);
        assertThat(atBefore).containsExactly(id + "-base");
        assertThat(atAfter).containsExactly(id + "-base", id + "-instruct");
    }
}
