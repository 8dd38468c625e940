package io.launchcheck.gateway.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.FakeRulesService.Mode;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

/** What a platform engineer and an API reader rely on: OpenAPI, Swagger UI, health and metrics. */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class OperationsTest extends GatewayTest {

    @Test
    void documentsEveryPagedListWithItsHeadersAndTheConfiguredBounds() {
        JsonPath document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        for (String path : List.of("/api/v1/assessments", "/api/v1/launch-maps", "/api/v1/waivers",
                "/api/v1/feed", "/api/v1/webhook/deliveries")) {
            String operation = "paths.'" + path + "'.get";
            assertThat(document.getMap(operation + ".responses.'200'.headers"))
                    .as(path).containsKeys("X-Total-Count", "Link");
            List<Map<String, Object>> parameters = document.getList(operation + ".parameters");
            java.util.Map<String, Object> size = parameters.stream().filter(p -> "size".equals(p.get("name")))
                    .findFirst().orElseThrow();
            assertThat(size.get("schema")).as(path)
                    .isEqualTo(Map.of("type", "integer", "format", "int32", "minimum", 1, "maximum", 100,
                            "default", 20));
        }
        assertThat(document.getString("components.responses.TooLarge.description"))
                .isEqualTo("The body is larger than quarkus.http.limits.max-body-size (currently 256K)");
    }

    @Test
    void servesTheOpenApiDocumentWithTheMainPathsAndExamples() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("info.title", equalTo("LaunchCheck gateway API"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/assessments"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/assessments/{id}"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/assessments/{id}/reevaluate"))
                .body("paths.'/api/v1/assessments'.post.responses", org.hamcrest.Matchers.hasKey("503"))
                .body("paths.'/api/v1/assessments'.post.operationId", equalTo("createAssessment"))
                .body("paths.'/api/v1/assessments'.post.responses.'401'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("servers[0].url", equalTo("/"))
                .body("paths.'/api/v1/assessments'.post.requestBody.content.'application/json'.examples.deepseek.value.app.vendor",
                        equalTo("DeepSeek"));
    }

    @Test
    void documentsTheWaiverFeedAndWebhookEndpointsWithExamplesAndErrors() {
        given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/waivers'.post.operationId", equalTo("requestWaiver"))
                .body("paths.'/api/v1/waivers'.post.responses", org.hamcrest.Matchers.hasKey("422"))
                .body("paths.'/api/v1/waivers/{id}/approve'.post.responses.'403'.content.'application/problem+json'"
                        + ".examples.'four eyes'.value.status", equalTo(403))
                .body("paths.'/api/v1/waivers/{id}/revoke'.post.operationId", equalTo("revokeWaiver"))
                .body("paths.'/api/v1/feed'.get.responses.'200'.content.'application/json'.examples.'a waiver expired'"
                        + ".value.items[0].cause", equalTo("WAIVER_EXPIRED"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/webhook"))
                .body("paths", org.hamcrest.Matchers.hasKey("/api/v1/webhook/deliveries"))
                .body("components.schemas.WaiverRequest.required",
                        org.hamcrest.Matchers.hasItems("ruleId", "jurisdiction", "app", "expiresAt"))
                .body("components.schemas.Finding.properties", org.hamcrest.Matchers.hasKey("waived"));
    }

    @Test
    void servesSwaggerUi() {
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void staysReadyWhileTheRulesServiceIsDownButReportsItAsUnwell() {
        rules.mode(Mode.FAIL_500);

        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", not(hasItem("rules-service")))
                .body("checks.name", hasItem("database"));
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/well").then().statusCode(503)
                .body("checks.find { it.name == 'rules-service' }.status", equalTo("DOWN"));

        rules.mode(Mode.JUDGE);
        given().get("/q/health/well").then().statusCode(200)
                .body("checks.find { it.name == 'rules-service' }.status", equalTo("UP"));
    }

    @Test
    void countsAssessmentsByOverallVerdictAndExposesFaultToleranceMetrics() {
        rules.verdict("IT", Verdict.NON_COMPLIANT);
        assess(profile("acme-assistant", target("IT"))).then().statusCode(201);

        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("launchcheck_gateway_assessments_total{kind=\"new\",overall=\"NON_COMPLIANT\"}"))
                .body(containsString("launchcheck_gateway_judgements_seconds_count"))
                .body(containsString("ft_circuitbreaker"));
    }
}
