package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asAuditor;
import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.repository.LaunchMapRepository;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.FakeRulesService;
import io.launchcheck.gateway.support.FakeRulesService.Mode;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Launch maps through the gateway on the real PostgreSQL: judged by a rules-service over HTTP, stored immutably,
 * visible to the submitting team and auditors only, failing closed.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class LaunchMapResourceTest extends GatewayTest {

    static final String LAUNCH_MAPS = "/api/v1/launch-maps";

    @Inject
    LaunchMapRepository launchMaps;

    @Inject
    EntityManager entities;

    @Inject
    CircuitBreakerMaintenance circuitBreakers;

    static String launchMap(String app, String scope) {
        return """
                {"app": {"name": "%s", "vendor": "DeepSeek", "model": "deepseek-r1"},
                 "hosting": {"mode": "VENDOR_API", "dataCountries": [" cn "]},
                 "segments": ["CONSUMER"], "scope": %s, "asOf": "%s"}
                """.formatted(app, scope, AS_OF);
    }

    static final String WORLD = "{\"kind\": \"world\", \"subdivisionsOf\": [\"us\"]}";

    private static Response create(String body) {
        return asTeam().contentType(ContentType.JSON).body(body).post(LAUNCH_MAPS);
    }

    @Test
    void judgesEveryCountryOfTheWorldWithTotalsAdviceAndTheRulesetVersion() {
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW).verdict("US-TX", Verdict.NON_COMPLIANT);

        Response created = create(launchMap(uniqueApp("world"), WORLD));

        created.then().statusCode(201).contentType(ContentType.JSON)
                .header("Location", containsString("/api/v1/launch-maps/"))
                .body("scope.kind", equalTo("WORLD"))
                .body("scope.subdivisionsOf", contains("US"))
                .body("rulesetVersion", equalTo(7))
                .body("overall", equalTo("NON_COMPLIANT"))
                .body("totals.targets", equalTo(FakeRulesService.WORLD.size() + 2))
                .body("totals.nonCompliant", equalTo(2))
                .body("totals.needsReview", equalTo(1))
                .body("totals.compliant", equalTo(FakeRulesService.WORLD.size() - 1))
                .body("results.jurisdiction", hasItem("US-TX"))
                .body("results.find { it.jurisdiction == 'IT' }.findings.ruleId", contains("it-ban"))
                .body("results.find { it.jurisdiction == 'IT' }.advice[0].changes[0].lever", equalTo("SELF_HOST"))
                .body("results.findAll { it.verdict == 'COMPLIANT' }", everyItem(not(hasKey("advice"))))
                .body("launchMap.hosting.dataCountries", contains("CN"));
        assertThat(rules.lastRequest().at("/advice").asBoolean()).isTrue();
        assertThat(rules.lastRequest().at("/launchMap/scope/kind").asText()).isEqualTo("WORLD");

        String location = created.header("Location");
        asTeam().get(location).then().statusCode(200).body(equalTo(created.asString()));
    }

    @Test
    void leavesAdviceOutWhenAskedTo() {
        rules.verdict("IT", Verdict.NON_COMPLIANT);

        asTeam().contentType(ContentType.JSON).body(launchMap(uniqueApp("no-advice"), "{\"kind\": \"BLOC\", \"bloc\": \"eu\"}"))
                .queryParam("advice", "false").post(LAUNCH_MAPS)
                .then().statusCode(201)
                .body("results.jurisdiction", contains("DE", "FR", "IT"))
                .body("results", everyItem(not(hasKey("advice"))));
        assertThat(rules.lastRequest().path("advice").asBoolean()).isFalse();
        assertThat(rules.lastRequest().at("/launchMap/scope/bloc").asText()).isEqualTo("EU");

        asTeam().contentType(ContentType.JSON).body(launchMap(uniqueApp("bad-flag"), WORLD))
                .queryParam("advice", "maybe").post(LAUNCH_MAPS)
                .then().statusCode(400).body("errors[0].field", equalTo("advice"));
    }

    @Test
    void keepsTextBeyondAsciiTheSameInTheAnswerTheRowAndTheStoredRead() {
        String app = uniqueApp("Città 東京 \uD83D\uDE80");
        Response created = create(launchMap(app, "{\"kind\": \"BLOC\", \"bloc\": \"EU\"}"));
        created.then().statusCode(201).contentType(ContentType.JSON).body("app", equalTo(app));

        byte[] stored = asTeam().get(created.header("Location")).then().statusCode(200).extract().asByteArray();

        assertThat(stored).isEqualTo(created.asByteArray());
        assertThat(new String(stored, StandardCharsets.UTF_8)).contains("\"app\":\"" + app + "\"");
        // the row holds the text itself, as PostgreSQL read it from the UTF-8 the gateway sent
        String row = launchMaps.byId(UUID.fromString(created.jsonPath().getString("id"))).orElseThrow().body;
        assertThat(row.getBytes(StandardCharsets.UTF_8)).isEqualTo(stored);
    }

    @Test
    void refusesBadLaunchMapsNamingTheFields() {
        create(launchMap("acme", "{\"kind\": \"BLOC\", \"bloc\": \"XX\"}")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("scope.bloc"));
        create(launchMap("acme", "{\"kind\": \"PLANET\"}")).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("scope.kind"));
        create(launchMap("acme", "null").replace("\"scope\": null,", "")).then().statusCode(400)
                .body("errors.field", hasItem("scope"));
        create(launchMap("acme", WORLD).replace("\"segments\"", "\"segment\"")).then().statusCode(400)
                .body("errors.field", hasItem("segment"));
        create(launchMap("acme", WORLD).replace(AS_OF, "1999-01-01")).then().statusCode(400)
                .body("errors.field", hasItem("asOf"));
        create(launchMap("acme", "{\"kind\": \"WORLD\", \"subdivisionsOf\": [\"USA\"]}")).then().statusCode(400)
                .body("errors.field", hasItem(startsWith("scope.subdivisionsOf")));
    }

    @Test
    void anotherTeamDoesNotSeeALaunchMapButAnAuditorDoes() {
        String location = create(launchMap(uniqueApp("private"), WORLD)).then().statusCode(201).extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        asTeam("other-team").get(location).then().statusCode(404).contentType("application/problem+json");
        asAuditor().get(location).then().statusCode(200).body("id", equalTo(id));
        asTeam().get(LAUNCH_MAPS).then().statusCode(200).body("items.id", hasItem(id));
        asTeam("other-team").get(LAUNCH_MAPS).then().statusCode(200).body("items.id", not(hasItem(id)));
        asAuditor().get(LAUNCH_MAPS + "?size=100").then().statusCode(200).body("items.id", hasItem(id))
                .body("items.find { it.id == '" + id + "' }.totals.targets", equalTo(FakeRulesService.WORLD.size() + 2));
        asTeam().get(LAUNCH_MAPS + "/" + UUID.randomUUID()).then().statusCode(404);
        asTeam().get(LAUNCH_MAPS + "/not-a-uuid").then().statusCode(404);
        asTeam().get(LAUNCH_MAPS + "?size=0").then().statusCode(400).body("errors[0].field", equalTo("size"));
        asAuditor().contentType(ContentType.JSON).body(launchMap("acme", WORLD)).post(LAUNCH_MAPS).then().statusCode(403);
    }

    @Test
    void aStoredLaunchMapCannotBeChanged() {
        rules.verdict("IT", Verdict.NON_COMPLIANT);
        String location = create(launchMap(uniqueApp("immutable"), WORLD)).then().statusCode(201).extract().header("Location");
        UUID id = UUID.fromString(location.substring(location.lastIndexOf('/') + 1));

        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> entities
                .createNativeQuery("UPDATE launch_map SET overall = 'COMPLIANT' WHERE id = :id")
                .setParameter("id", id).executeUpdate()))
                .hasStackTraceContaining("launch maps are immutable");
        asTeam().get(location).then().statusCode(200).body("overall", equalTo("NON_COMPLIANT"));
    }

    @Test
    void failsClosedWhenTheRulesServiceFailsHangsOrAnswersIncompletely() {
        for (Mode mode : new Mode[] {Mode.FAIL_500, Mode.HANG, Mode.MALFORMED_JSON, Mode.VERDICT_MILDER_THAN_FINDINGS}) {
            rules.reset();
            circuitBreakers.resetAll();
            rules.mode(mode).verdict("IT", Verdict.NON_COMPLIANT);
            long before = launchMaps.count();
            create(launchMap(uniqueApp("down"), WORLD)).then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", equalTo("5"));
            assertThat(launchMaps.count()).as("stored after %s", mode).isEqualTo(before);
        }
        rules.reset();
        rules.stop();
        long before = launchMaps.count();
        create(launchMap(uniqueApp("down"), WORLD)).then().statusCode(503);
        assertThat(launchMaps.count()).isEqualTo(before);
        rules.start();
    }

    @Test
    void assessmentsCarryAdviceUnlessAskedNotTo() {
        rules.verdict("IT", Verdict.NON_COMPLIANT);
        String body = profile(uniqueApp("advised"), target("IT"), target("JP"));

        assess(body).then().statusCode(201)
                .body("results[0].advice[0].verdict", equalTo("COMPLIANT"))
                .body("results[0].advice[0].clears", contains("it-ban"))
                .body("results[1]", not(hasKey("advice")));
        assertThat(rules.lastRequest().get("advice").asBoolean()).isTrue();

        asTeam().contentType(ContentType.JSON).body(body).queryParam("advice", "false").post(ASSESSMENTS)
                .then().statusCode(201).body("results[0]", not(hasKey("advice")));
        assertThat(rules.lastRequest().path("advice").asBoolean()).isFalse();
    }
}
