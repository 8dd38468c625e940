package io.launchcheck.registry.rest;

import static io.launchcheck.registry.security.Tokens.asOfficer;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.registry.support.DatabaseProxyProfile;
import io.launchcheck.testing.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * With its database down or hanging, the registry answers 503 with Retry-After quickly (never a 500), readiness
 * is DOWN within a second, and it serves again once the database is back.
 */
@QuarkusTest
@TestProfile(DatabaseProxyProfile.class)
class DatabaseDownTest {

    /** Far below a client's usual timeout; measured about 1-1.5 s on a busy two-core machine (docs/reliability.md). */
    private static final long QUICK_MS = 4_000;

    private final TcpProxy database = DatabaseProxyProfile.proxy();

    @AfterEach
    void restoreDatabase() {
        database.restore();
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsDown() {
        asOfficer().get("/api/v1/vendors").then().statusCode(200);

        database.refuse();

        for (int i = 0; i < 3; i++) {
            unavailableQuickly(() -> asOfficer().get("/api/v1/vendors"));
            unavailableQuickly(() -> asOfficer().get("/api/v1/rules"));
        }
        readinessDownQuickly();

        database.restore();
        asOfficer().get("/api/v1/vendors").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
    }

    @Test
    void answers503QuicklyWhileTheDatabaseHangs() {
        asOfficer().get("/api/v1/vendors").then().statusCode(200);

        database.stall();

        unavailableQuickly(() -> asOfficer().get("/api/v1/vendors"));
        readinessDownQuickly();
        readinessDownQuickly();
    }

    private static void unavailableQuickly(Supplier<Response> call) {
        long start = System.nanoTime();
        Response response = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("database down: 503 in %d ms%n", millis);
        response.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"));
        assertThat(millis).as("answered in %d ms", millis).isLessThan(QUICK_MS);
    }

    private static void readinessDownQuickly() {
        long start = System.nanoTime();
        Response ready = given().get("/q/health/ready");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("database down: readiness DOWN in %d ms%n", millis);
        // timed before the body is checked: the first GPath with a closure compiles Groovy, which takes a while
        ready.then().statusCode(503).body("checks.find { it.name == 'database' }.status", equalTo("DOWN"));
        assertThat(millis).as("readiness answered in %d ms", millis).isLessThan(1_000);
    }
}
