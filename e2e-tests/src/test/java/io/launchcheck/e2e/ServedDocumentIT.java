package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The served document states the settings the running service has, not those it was built with: the end-to-end
 * gateway runs with {@code launchcheck.webhooks.retry-base=1S} (built with 10S), and the document written when it is
 * asked for says so.
 */
@ExtendWith(E2eSystem.class)
class ServedDocumentIT {

    @Test
    void theServedDocumentStatesTheRunningConfiguration() {
        String document = given().baseUri(E2eSystem.get().gateway.baseUrl()).accept("application/json")
                .get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        assertThat(document).contains("launchcheck.webhooks.retry-base (currently 1S)")
                .doesNotContain("launchcheck.webhooks.retry-base (currently 10S)");
    }
}
