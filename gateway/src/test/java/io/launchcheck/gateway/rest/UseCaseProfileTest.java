package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What the AI system does and the team's role reach the rules-service as the team stated them, in canonical form, and
 * an unstated field stays unstated (not an empty list): the rules judge the two differently.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class UseCaseProfileTest extends GatewayTest {

    private static String withFields(String fields) {
        return profile(uniqueApp("use-cases"), target("DE")).replaceFirst("\\{", "{" + fields + ", ");
    }

    @Test
    void sendsUseCasesAndRoleAsWrittenInAnyCaseAndEchoesThem() {
        JsonPath answer = assess(withFields("\"useCases\": [\" employment \", \"credit-scoring\", \"EMPLOYMENT\"], "
                + "\"role\": \"deployer\"")).then().statusCode(201).extract().jsonPath();

        JsonNode sent = rules.lastRequest().get("profile");
        assertThat(sent.get("useCases")).extracting(JsonNode::asText).containsExactly("EMPLOYMENT", "CREDIT_SCORING");
        assertThat(sent.get("role").asText()).isEqualTo("DEPLOYER");
        assertThat(answer.getList("profile.useCases", String.class)).containsExactly("EMPLOYMENT", "CREDIT_SCORING");
        assertThat(answer.getString("profile.role")).isEqualTo("DEPLOYER");
    }

    @Test
    void reevaluationJudgesTheStoredUseCasesAndRoleAgain() {
        String id = assess(withFields("\"useCases\": [\"EDUCATION\"], \"role\": \"PROVIDER\""))
                .then().statusCode(201).extract().jsonPath().getString("id");

        asTeam().contentType(ContentType.JSON).body("{\"asOf\": \"2026-12-01\"}")
                .post(ASSESSMENTS + "/" + id + "/reevaluate").then().statusCode(201);

        JsonNode sent = rules.lastRequest().get("profile");
        assertThat(sent.get("useCases")).extracting(JsonNode::asText).containsExactly("EDUCATION");
        assertThat(sent.get("role").asText()).isEqualTo("PROVIDER");
        assertThat(sent.get("asOf").asText()).isEqualTo("2026-12-01");
    }

    @Test
    void leavesUnstatedUseCasesAndRoleOut() {
        JsonPath answer = assess(profile(uniqueApp("legacy"), target("DE"))).then().statusCode(201).extract().jsonPath();

        JsonNode sent = rules.lastRequest().get("profile");
        assertThat(sent.has("useCases")).isFalse();
        assertThat(sent.has("role")).isFalse();
        assertThat(answer.getMap("profile")).doesNotContainKeys("useCases", "role");
    }

    @Test
    void keepsAnEmptyListOfUseCasesAsStated() {
        assess(withFields("\"useCases\": []")).then().statusCode(201);

        JsonNode sent = rules.lastRequest().get("profile");
        assertThat(sent.get("useCases").isArray()).isTrue();
        assertThat(sent.get("useCases")).isEmpty();
    }
}
