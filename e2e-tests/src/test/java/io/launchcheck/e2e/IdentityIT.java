package io.launchcheck.e2e;

import static io.launchcheck.e2e.LaunchStoriesIT.assess;
import static io.launchcheck.e2e.LaunchStoriesIT.assessOk;
import static io.launchcheck.e2e.LaunchStoriesIT.findingIds;
import static io.launchcheck.e2e.LaunchStoriesIT.result;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * What is deployed, through the gateway, the real rules-service and the real registry with the bundled pack and
 * model catalog: vendors written as teams write them, models served by third parties, names that resolve to
 * nothing, and sector rules that do not reach consumers.
 */
@ExtendWith(E2eSystem.class)
class IdentityIT {

    private static final String DURING_DEEPSEEK_BANS = "2025-03-01";
    private static final String TAIWAN_GOVERNMENT = "{\"jurisdiction\": \"TW\", \"segments\": [\"GOVERNMENT\"]}";

    private static String profile(String app, String hosting, String targets) {
        return """
                {"app": %s, "hosting": %s, "processesPersonalData": true, "targets": [%s], "asOf": "%s"}
                """.formatted(app, hosting, targets, DURING_DEEPSEEK_BANS);
    }

    @Test
    void selfHostedWeightsUnderTheHuggingFaceOrganisationAreBannedInTaiwansPublicSector() {
        JsonPath assessment = assessOk(profile(
                "{\"name\": \"acme-briefing\", \"vendor\": \"deepseek-ai\", \"model\": \"deepseek-ai/DeepSeek-R1-Distill-Qwen-32B\"}",
                "{\"mode\": \"SELF_HOSTED\", \"dataCountries\": [\"TW\"]}", TAIWAN_GOVERNMENT));

        Map<String, Object> taiwan = result(assessment, "TW");
        assertThat(taiwan.get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(findingIds(taiwan)).contains("tw-moda-deepseek-public-sector-ban");
        assertThat(assessment.getString("understood.developer.id")).isEqualTo("deepseek");
        assertThat(assessment.getString("understood.model.id")).isEqualTo("deepseek-r1-distill");
        assertThat(assessment.getString("understood.operator.kind")).isEqualTo("TEAM");
    }

    @Test
    void aDeepSeekModelOnACloudProviderIsJudgedAsDeepSeeksModelButNotDeepSeeksService() {
        JsonPath assessment = assessOk(profile(
                "{\"name\": \"acme-assistant\", \"vendor\": \"Amazon Bedrock\", \"model\": \"us.deepseek.r1-v1:0\"}",
                "{\"mode\": \"VENDOR_API\", \"dataCountries\": [\"US\"]}",
                TAIWAN_GOVERNMENT + ", {\"jurisdiction\": \"IT\", \"segments\": [\"CONSUMER\"]}"));

        assertThat(findingIds(result(assessment, "TW"))).contains("tw-moda-deepseek-public-sector-ban");
        assertThat(findingIds(result(assessment, "IT"))).doesNotContain("it-garante-deepseek-processing-block");
        assertThat(assessment.getString("understood.operator.kind")).isEqualTo("THIRD_PARTY");
        assertThat(assessment.getString("understood.operator.id")).isEqualTo("amazon");
    }

    @Test
    void anAggregatorNamedAsThirdPartyOperatorKeepsDeepSeeksModelRules() {
        JsonPath assessment = assessOk(profile(
                "{\"name\": \"acme-assistant\", \"model\": \"deepseek/deepseek-r1\"}",
                "{\"mode\": \"THIRD_PARTY\", \"operator\": \"OpenRouter\", \"dataCountries\": [\"US\"]}",
                TAIWAN_GOVERNMENT));

        assertThat(result(assessment, "TW").get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(assessment.getString("understood.operator.name")).isEqualTo("OpenRouter");
    }

    @Test
    void aVendorCloseToDeepSeekIsNeverCompliant() {
        JsonPath assessment = assessOk(profile("{\"name\": \"acme-assistant\", \"vendor\": \"DeepSeak\"}",
                "{\"mode\": \"SELF_HOSTED\", \"dataCountries\": [\"DE\"]}", "{\"jurisdiction\": \"DE\"}"));

        assertThat(assessment.getString("overall")).isEqualTo("NEEDS_REVIEW");
        assertThat(findingIds(result(assessment, "DE"))).contains("launchcheck-identity-not-resolved");
        assertThat(assessment.getList("understood.unresolved[0].nearest", String.class)).contains("DeepSeek");
    }

    @Test
    void aConsumerOnlyTargetIsNotReachedByARuleForCriticalInfrastructureOperators() {
        JsonPath consumers = assessOk(profile(
                "{\"name\": \"acme-assistant\", \"vendor\": \"DeepSeek\", \"model\": \"deepseek-r1\"}",
                "{\"mode\": \"SELF_HOSTED\", \"dataCountries\": [\"TW\"]}",
                "{\"jurisdiction\": \"TW\", \"segments\": [\"CONSUMER\"]}"));
        JsonPath unnamed = assessOk(profile(
                "{\"name\": \"acme-assistant\", \"vendor\": \"DeepSeek\", \"model\": \"deepseek-r1\"}",
                "{\"mode\": \"SELF_HOSTED\", \"dataCountries\": [\"TW\"]}", "{\"jurisdiction\": \"TW\"}"));

        assertThat(findingIds(result(consumers, "TW"))).doesNotContain("tw-moda-deepseek-public-sector-ban-cii");
        assertThat(result(consumers, "TW").get("verdict")).isEqualTo("COMPLIANT");
        assertThat(findingIds(result(unnamed, "TW"))).contains("tw-moda-deepseek-public-sector-ban-cii");
    }

    @Test
    void refusesAnOperatorThatDoesNotFitTheHostingModeAndABlankModel() {
        assess(profile("{\"name\": \"acme\", \"model\": \"deepseek-r1\"}",
                "{\"mode\": \"THIRD_PARTY\", \"dataCountries\": [\"US\"]}", "{\"jurisdiction\": \"US\"}"))
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("hosting.operator"));
        assess(profile("{\"name\": \"acme\", \"model\": \"\"}",
                "{\"mode\": \"SELF_HOSTED\", \"dataCountries\": [\"US\"]}", "{\"jurisdiction\": \"US\"}"))
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("app.model"));
        assess(profile("{\"name\": \"acme\", \"model\": \"" + "x".repeat(500) + "\"}",
                "{\"mode\": \"SELF_HOSTED\", \"dataCountries\": [\"US\"]}", "{\"jurisdiction\": \"US\"}"))
                .then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.equalTo("app.model"));
        assess(profile("{\"name\": \"acme\"}", "{\"mode\": \"CLOUD\", \"dataCountries\": [\"US\"]}",
                "{\"jurisdiction\": \"US\"}")).then().statusCode(400);
    }

    @Test
    void refusesAModelFamilyWhoseIdentifierBelongsToAnotherFamily() {
        String registry = E2eSystem.get().registry.baseUrl();
        String family = """
                {"id": "acme-r1", "name": "Acme R1", "developer": "deepseek", "openWeights": true,
                 "identifiers": ["DeepSeek-R1"]}""";
        given().baseUri(registry).auth().oauth2(Tokens.officer("carla")).contentType(ContentType.JSON).body(family)
                .post("/api/v1/models")
                .then().statusCode(409).body("errors[0].field", org.hamcrest.Matchers.equalTo("identifiers[0]"));
        given().baseUri(registry).auth().oauth2(Tokens.officer("carla")).get("/api/v1/models/acme-r1")
                .then().statusCode(404);
        given().baseUri(registry).auth().oauth2(Tokens.productTeam()).queryParam("name", "deepseek-r1:7b")
                .get("/api/v1/models")
                .then().statusCode(200).body("[0].id", org.hamcrest.Matchers.equalTo("deepseek-r1-distill"));
    }
}
