package io.launchcheck.registry.startup;

import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/**
 * A fresh registry (Flyway cleans the test database when this profile starts) imports the bundled real-world rule
 * pack on start-up, as one ruleset version; importing it again through the API changes nothing.
 */
@QuarkusTest
@TestProfile(BundledPackImportTest.ImportOnEmpty.class)
class BundledPackImportTest {

    public static class ImportOnEmpty implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("launchcheck.registry.import-pack-on-empty", "true");
        }
    }

    @Test
    void emptyRegistryStartsWithTheBundledPackAndReimportChangesNothing() throws Exception {
        JsonPath ruleset = asOfficer().get("/api/v1/ruleset").then().statusCode(200).extract().jsonPath();
        assertThat(ruleset.getLong("version")).isEqualTo(1);
        List<String> ruleIds = ruleset.getList("rules.id", String.class);
        assertThat(ruleIds).hasSizeGreaterThan(30);
        assertThat(ruleset.getList("vendors.id", String.class)).contains("deepseek", "openai");
        asOfficer().queryParam("name", "hangzhou deepseek artificial intelligence").get("/api/v1/vendors")
                .then().statusCode(200).body("id", equalTo(List.of("deepseek")));
        asOfficer().get("/api/v1/rules/" + ruleIds.get(0) + "/history").then().statusCode(200)
                .body("[0].actor", equalTo("system"));

        byte[] pack;
        try (var in = getClass().getResourceAsStream("/rulepacks/world-ai-restrictions.yaml")) {
            pack = in.readAllBytes();
        }
        JsonPath again = asOfficer().contentType("application/yaml").body(pack).post("/api/v1/rulepacks")
                .then().statusCode(200).extract().jsonPath();
        assertThat(again.getList("added")).isEmpty();
        assertThat(again.getList("changed")).isEmpty();
        assertThat(again.getList("vendorsAdded")).isEmpty();
        assertThat(again.getList("vendorsChanged")).isEmpty();
        assertThat(again.getList("unchanged", String.class)).containsExactlyInAnyOrderElementsOf(ruleIds);
        assertThat(again.getLong("rulesetVersion")).isEqualTo(1);
    }
}
