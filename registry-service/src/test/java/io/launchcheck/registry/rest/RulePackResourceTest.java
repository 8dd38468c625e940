package io.launchcheck.registry.rest;

import static io.launchcheck.registry.rest.Fixtures.PROBLEM_JSON;
import static io.launchcheck.registry.rest.Fixtures.rulesetVersion;
import static io.launchcheck.registry.rest.Fixtures.uniqueId;
import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import io.launchcheck.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class RulePackResourceTest {

    /** The test pack with every id made unique to one test. */
    static String pack(String tag) throws IOException {
        try (InputStream in = RulePackResourceTest.class.getResourceAsStream("/rulepacks/test-pack.yaml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("TAG", tag);
        }
    }

    private static byte[] yaml(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static JsonPath importYaml(String yaml, String contentType) {
        return asOfficer().contentType(contentType).auth().oauth2(Tokens.officer("importer")).body(yaml.getBytes(StandardCharsets.UTF_8)).post("/api/v1/rulepacks")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void importingTheSamePackTwiceChangesNothingTheSecondTime() throws IOException {
        String tag = uniqueId("t");
        long before = rulesetVersion();
        JsonPath first = importYaml(pack(tag), "application/yaml");
        assertThat(first.getString("pack")).isEqualTo("test-pack-" + tag);
        assertThat(first.getList("added", String.class))
                .containsExactly(tag + "-it-ban", tag + "-ru-localization", tag + "-eu-transfers", tag + "-it-lifted");
        assertThat(first.getList("vendorsAdded", String.class)).containsExactly(tag + "-vendor");
        assertThat(first.getLong("rulesetVersion")).isEqualTo(before + 1);

        JsonPath second = importYaml(pack(tag), "text/yaml");
        assertThat(second.getList("added")).isEmpty();
        assertThat(second.getList("changed")).isEmpty();
        assertThat(second.getList("vendorsAdded")).isEmpty();
        assertThat(second.getList("vendorsChanged")).isEmpty();
        assertThat(second.getList("unchanged", String.class)).hasSize(4);
        assertThat(second.getLong("rulesetVersion")).isEqualTo(first.getLong("rulesetVersion"));
        assertThat(rulesetVersion()).isEqualTo(first.getLong("rulesetVersion"));

        asOfficer().get("/api/v1/rules/" + tag + "-it-ban").then().statusCode(200)
                .body("subject.vendors[0]", equalTo(tag + "-vendor"))
                .body("version", equalTo(0));
        asOfficer().get("/api/v1/rules/" + tag + "-ru-localization/history").then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].actor", equalTo("importer"));
    }

    @Test
    void refusesTheDocumentedExamplePackSoTryingItWritesNothing() {
        long before = rulesetVersion();
        asOfficer().contentType("application/json").body(Examples.PACK).post("/api/v1/rulepacks")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("pack"));
        String renamed = Examples.PACK.replace("\"pack\": \"example-pack\"", "\"pack\": \"" + uniqueId("p") + "\"");
        asOfficer().contentType("application/json").body(renamed).post("/api/v1/rulepacks")
                .then().statusCode(422).contentType(PROBLEM_JSON).body("errors.field", hasItem("vendors[0].id"));
        assertThat(rulesetVersion()).isEqualTo(before);
        asOfficer().get("/api/v1/rules/example-it-vendor-block").then().statusCode(404);
        asOfficer().get("/api/v1/vendors/example-vendor").then().statusCode(404);
    }

    @Test
    void changedRulesInAPackAreReportedAndShareOneNewVersion() throws IOException {
        String tag = uniqueId("t");
        JsonPath first = importYaml(pack(tag), "application/x-yaml");
        String changedPack = pack(tag).replace("severity: BLOCKING", "severity: WARNING")
                .replace("name: Test Vendor", "name: Renamed Test Vendor");
        JsonPath second = importYaml(changedPack, "application/yaml");
        assertThat(second.getList("changed", String.class)).containsExactly(tag + "-it-ban", tag + "-ru-localization");
        assertThat(second.getList("unchanged", String.class)).containsExactly(tag + "-eu-transfers", tag + "-it-lifted");
        assertThat(second.getList("vendorsChanged", String.class)).containsExactly(tag + "-vendor");
        assertThat(second.getLong("rulesetVersion")).isEqualTo(first.getLong("rulesetVersion") + 1);
        asOfficer().get("/api/v1/rules/" + tag + "-it-ban/history").then()
                .body("[0].rulesetVersion", equalTo((int) second.getLong("rulesetVersion")));
        asOfficer().get("/api/v1/rules/" + tag + "-ru-localization/history").then()
                .body("[0].rulesetVersion", equalTo((int) second.getLong("rulesetVersion")));
    }

    @Test
    void packsAreAcceptedAsJsonToo() {
        String tag = uniqueId("t");
        String json = """
                {"pack": "json-pack-%1$s", "vendors": [{"id": "%1$s-v", "name": "JSON Vendor %1$s"}],
                 "rules": [{"id": "%1$s-kr", "jurisdiction": "kr", "kind": "ADVISORY", "subject": {"vendors": ["JSON vendor %1$s"]},
                            "severity": "WARNING", "status": "IN_FORCE", "effectiveFrom": "2025-02-05"}]}
                """.formatted(tag);
        asOfficer().contentType("application/json").body(json).post("/api/v1/rulepacks").then().statusCode(200)
                .body("added", equalTo(java.util.List.of(tag + "-kr")))
                .body("vendorsAdded", equalTo(java.util.List.of(tag + "-v")));
        asOfficer().get("/api/v1/rules/" + tag + "-kr").then().body("jurisdiction", equalTo("KR"))
                .body("subject.vendors[0]", equalTo(tag + "-v"));
    }

    @Test
    void anInvalidRuleRefusesTheWholePackNamingItsIndex() throws IOException {
        String tag = uniqueId("t");
        long before = rulesetVersion();
        String broken = pack(tag).replace("jurisdiction: RU", "jurisdiction: XX");
        asOfficer().contentType("application/yaml").body(yaml(broken)).post("/api/v1/rulepacks").then().statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("rules[1].jurisdiction"));
        asOfficer().get("/api/v1/rules/" + tag + "-it-ban").then().statusCode(404);
        asOfficer().get("/api/v1/vendors/" + tag + "-vendor").then().statusCode(404);
        assertThat(rulesetVersion()).isEqualTo(before);
    }

    @Test
    void bodyConstraintsAndDuplicateIdsAreNamed() throws IOException {
        String tag = uniqueId("t");
        asOfficer().contentType("application/yaml").body(yaml(pack(tag).replace("kind: ADVISORY", "kind: MAYBE")))
                .post("/api/v1/rulepacks").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("rules[3].kind"));
        asOfficer().contentType("application/yaml").body(yaml(pack(tag).replace("pack: test-pack-", "pack: Not A Slug ")))
                .post("/api/v1/rulepacks").then().statusCode(400).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("pack"));
        asOfficer().contentType("application/yaml").body(yaml(pack(tag).replace(tag + "-it-lifted", tag + "-it-ban")))
                .post("/api/v1/rulepacks").then().statusCode(409).contentType(PROBLEM_JSON)
                .body("errors[0].field", equalTo("rules[3].id"));
        asOfficer().contentType("application/yaml").body(yaml("pack: [unclosed")).post("/api/v1/rulepacks")
                .then().statusCode(400).contentType(PROBLEM_JSON);
    }
}
