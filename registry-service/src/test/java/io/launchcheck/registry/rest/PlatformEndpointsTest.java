package io.launchcheck.registry.rest;

import static io.launchcheck.registry.security.Tokens.asOfficer;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** What platform engineers and API readers rely on: health, metrics, OpenAPI and Swagger UI. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void readinessReportsTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("database"));
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiNamesTheMainPathsWithExamples() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("info.title", equalTo("LaunchCheck rule registry"))
                .body("paths.keySet()", hasItem("/api/v1/rules"))
                .body("paths.keySet()", hasItem("/api/v1/rules/{id}"))
                .body("paths.keySet()", hasItem("/api/v1/rules/{id}/history"))
                .body("paths.keySet()", hasItem("/api/v1/jurisdictions"))
                .body("paths.keySet()", hasItem("/api/v1/jurisdictions/{code}"))
                .body("paths.keySet()", hasItem("/api/v1/vendors"))
                .body("paths.keySet()", hasItem("/api/v1/vendors/{id}"))
                .body("paths.keySet()", hasItem("/api/v1/ruleset"))
                .body("paths.keySet()", hasItem("/api/v1/ruleset/version"))
                .body("paths.keySet()", hasItem("/api/v1/rulepacks"))
                .body("paths.keySet()", hasItem("/api/v1/rulepacks/{pack}"))
                .body("paths.'/api/v1/rulepacks'.keySet()", hasItem("get"))
                .body("paths.'/api/v1/rules'.get.parameters.name", hasItem("reviewOverdue"))
                .body("components.schemas.Rule.properties.keySet()", hasItem("reviewedOn"))
                .body("components.schemas.RulePack.properties.keySet()", hasItem("changelog"))
                .body("paths.'/api/v1/rules/{id}'.put.responses.keySet()", hasItem("412"))
                .body("paths.'/api/v1/rules/{id}'.put.responses.keySet()", hasItem("428"))
                .body("paths.'/api/v1/rules'.post.responses.'422'.content.'application/problem+json'.examples.keySet()",
                        hasItem("unknown vendor"));
    }

    @Test
    void swaggerUiAndMetricsAreServed() {
        given().get("/q/swagger-ui/").then().statusCode(200);
        asOfficer().get("/api/v1/ruleset/version").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("http_server_requests_seconds_count"));
    }
}
