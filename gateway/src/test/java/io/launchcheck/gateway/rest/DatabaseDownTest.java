package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.gateway.support.DatabaseProxyProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.launchcheck.testing.TcpProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * With its database down or hanging, the gateway answers 503 with Retry-After quickly (never a 500), readiness
 * is DOWN within a second, and everything works again once the database is back.
 */
@QuarkusTest
@TestProfile(DatabaseProxyProfile.class)
class DatabaseDownTest extends GatewayTest {

    /** Far below a client's usual timeout; measured about 1-1.5 s on a busy two-core machine (docs/reliability.md). */
    private static final long QUICK_MS = 4_000;

    private final TcpProxy database = DatabaseProxyProfile.proxy();

    @AfterEach
    void restoreDatabase() {
        database.restore();
    }

    @Test
    void answers503WithRetryAfterWhileTheDatabaseIsDown() {
        String app = uniqueApp("db-down");
        assess(profile(app, target("IT"))).then().statusCode(201);

        database.refuse();

        for (int i = 0; i < 3; i++) {
            unavailableQuickly(() -> assess(profile(app, target("IT"))));
            unavailableQuickly(() -> asTeam().queryParam("app", app).get(ASSESSMENTS));
        }
        readinessDownQuickly();

        database.restore();
        Response back = assess(profile(app, target("IT")));
        back.then().statusCode(201);
        asTeam().get(back.header("Location")).then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200).body("checks.name", hasItem("database"));
    }

    @Test
    void answers503QuicklyWhileTheDatabaseHangs() {
        String app = uniqueApp("db-hangs");
        assess(profile(app, target("IT"))).then().statusCode(201);

        database.stall();

        unavailableQuickly(() -> assess(profile(app, target("IT"))));
        readinessDownQuickly();
        readinessDownQuickly();
    }

    private static void unavailableQuickly(java.util.function.Supplier<Response> call) {
        long start = System.nanoTime();
        Response response = call.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("database down: 503 in %d ms%n", millis);
        response.then().statusCode(503).contentType("application/problem+json")
                .header("Retry-After", equalTo("5"))
                .body("title", equalTo("Service unavailable"));
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
