package io.launchcheck.gateway.waiver;

import static io.launchcheck.gateway.support.Tokens.TEAM;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Roles;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Four eyes, teams kept apart, and every action in the history with the token's subject. */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class WaiverSecurityTest extends WaiverSupport {

    private String requested(String team, String app) {
        return Tokens.asTeam(team).contentType(ContentType.JSON)
                .body(waiverRequest("it-ban", "IT", app, injectedClock.instant().plus(Duration.ofDays(30))))
                .post(WAIVERS).then().statusCode(201).extract().path("id");
    }

    @Test
    void aProductTeamCannotApproveOrRejectItsOwnWaiver() {
        String id = requested(TEAM, uniqueApp("own"));
        Tokens.asTeam().post(WAIVERS + "/" + id + "/approve").then().statusCode(403)
                .contentType("application/problem+json");
        Tokens.asTeam().post(WAIVERS + "/" + id + "/reject").then().statusCode(403);
        Tokens.asTeam().get(WAIVERS + "/" + id).then().statusCode(200).body("status", equalTo("REQUESTED"));
    }

    @Test
    void anOfficerCannotApproveOrRejectAWaiverTheyRequested() {
        String app = uniqueApp("officer");
        String id = asOfficer(ALICE).contentType(ContentType.JSON)
                .body(Map.of("ruleId", "it-ban", "jurisdiction", "IT", "app", app, "team", TEAM,
                        "justification", "Ministry letter", "reference", "letter 7",
                        "expiresAt", injectedClock.instant().plus(Duration.ofDays(5)).toString()))
                .post(WAIVERS).then().statusCode(201).body("team", equalTo(TEAM))
                .body("requestedBy", equalTo(ALICE)).extract().path("id");
        asOfficer(ALICE).post(WAIVERS + "/" + id + "/approve").then().statusCode(403)
                .body("detail", org.hamcrest.Matchers.containsString("Four eyes"));
        asOfficer(ALICE).post(WAIVERS + "/" + id + "/reject").then().statusCode(403);
        asOfficer(BOB).post(WAIVERS + "/" + id + "/approve").then().statusCode(200).body("approvedBy", equalTo(BOB));
        asOfficer(BOB).post(WAIVERS + "/" + id + "/approve").then().statusCode(409);
    }

    @Test
    void anOfficerRequestingNamesTheTeamAndAProductTeamOnlyItsOwn() {
        asOfficer(ALICE).contentType(ContentType.JSON)
                .body(waiverRequest("it-ban", "IT", "x", injectedClock.instant().plusSeconds(3600)))
                .post(WAIVERS).then().statusCode(400).body("errors[0].field", equalTo("team"));
        Tokens.asTeam().contentType(ContentType.JSON)
                .body(Map.of("ruleId", "it-ban", "jurisdiction", "IT", "app", "x", "team", "growth",
                        "justification", "j", "reference", "r",
                        "expiresAt", injectedClock.instant().plusSeconds(3600).toString()))
                .post(WAIVERS).then().statusCode(403);
    }

    @Test
    void aTeamCannotSeeOrRevokeAnotherTeamsWaiver() {
        String app = uniqueApp("apart");
        String id = approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(30));
        Tokens.asTeam("growth").get(WAIVERS + "/" + id).then().statusCode(404);
        Tokens.asTeam("growth").post(WAIVERS + "/" + id + "/revoke").then().statusCode(404);
        Tokens.asTeam("growth").queryParam("app", app).get(WAIVERS).then().statusCode(200).body("total", equalTo(0));
        Tokens.asTeam("growth").queryParam("team", TEAM).get(WAIVERS).then().statusCode(200)
                .body("items.id", not(hasItem(id)));
        Tokens.asTeam().queryParam("app", app).get(WAIVERS).then().statusCode(200).body("items[0].id", equalTo(id));
        Tokens.asAuditor().queryParam("app", app).get(WAIVERS).then().statusCode(200).body("items[0].id", equalTo(id));
        Tokens.asAuditor().get(WAIVERS + "/" + id).then().statusCode(200).body("team", equalTo(TEAM));
        Tokens.asTeam().queryParam("app", app).queryParam("active", "true").get(WAIVERS).then().statusCode(200)
                .body("total", equalTo(1));
    }

    @Test
    void anAuditorReadsButNeitherRequestsNorDecides() {
        String id = requested(TEAM, uniqueApp("audit"));
        Tokens.asAuditor().contentType(ContentType.JSON)
                .body(waiverRequest("it-ban", "IT", "x", injectedClock.instant().plusSeconds(3600)))
                .post(WAIVERS).then().statusCode(403);
        Tokens.asAuditor().post(WAIVERS + "/" + id + "/approve").then().statusCode(403);
        Tokens.asAuditor().post(WAIVERS + "/" + id + "/revoke").then().statusCode(403);
        given().get(WAIVERS).then().statusCode(401);
        given().post(WAIVERS + "/" + id + "/approve").then().statusCode(401);
    }

    @Test
    void everyActionIsInTheHistoryWithTheTokensSubject() {
        String app = uniqueApp("history");
        String id = requested(TEAM, app);
        asOfficer(BOB).contentType(ContentType.JSON).body("{\"comment\": \"letter checked\"}")
                .post(WAIVERS + "/" + id + "/approve").then().statusCode(200);
        Tokens.asTeam().contentType(ContentType.JSON).body("{\"comment\": \"no longer needed\"}")
                .post(WAIVERS + "/" + id + "/revoke").then().statusCode(200);
        JsonPath waiver = Tokens.asAuditor().get(WAIVERS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(waiver.getList("history.action")).containsExactly("REQUESTED", "APPROVED", "REVOKED");
        assertThat(waiver.getList("history.actor"))
                .containsExactly("dev@payments.example.org", BOB, "dev@payments.example.org");
        assertThat(waiver.getList("history.comment")).containsExactly(null, "letter checked", "no longer needed");

        String rejected = requested(TEAM, app);
        asOfficer(ALICE).post(WAIVERS + "/" + rejected + "/reject").then().statusCode(200);
        List<String> actors = Tokens.asTeam().get(WAIVERS + "/" + rejected).then().statusCode(200)
                .body("status", equalTo("REJECTED")).extract().path("history.actor");
        assertThat(actors).containsExactly("dev@payments.example.org", ALICE);

        String expiring = approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofHours(1));
        moveClock(Duration.ofHours(2));
        expiryCheck.check();
        JsonPath expired = Tokens.asTeam().get(WAIVERS + "/" + expiring).then().statusCode(200).extract().jsonPath();
        assertThat(expired.getString("status")).isEqualTo("EXPIRED");
        assertThat(expired.getList("history.action")).containsExactly("REQUESTED", "APPROVED", "EXPIRED");
        assertThat(expired.getList("history.actor")).containsExactly("dev@payments.example.org", BOB, "system");
    }

    @jakarta.inject.Inject
    io.launchcheck.gateway.service.WaiverExpiryCheck expiryCheck;

    static final List<String> ALL_ROLES = List.of(Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM,
            Roles.RULESET_READER, Roles.EVALUATOR);

    /** The new endpoints and the roles docs/security.md lets through. */
    enum Endpoint {
        REQUEST(201, Roles.PRODUCT_TEAM, Roles.COMPLIANCE_OFFICER),
        LIST(200, Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER),
        READ(200, Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER),
        APPROVE(200, Roles.COMPLIANCE_OFFICER),
        REJECT(200, Roles.COMPLIANCE_OFFICER),
        REVOKE(200, Roles.COMPLIANCE_OFFICER, Roles.PRODUCT_TEAM),
        FEED(200, Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER),
        DELIVERIES(200, Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER),
        WEBHOOK(200, Roles.PRODUCT_TEAM),
        TEST_CLOCK(404, Roles.COMPLIANCE_OFFICER);

        final int success;
        final List<String> allowed;

        Endpoint(int success, String... allowed) {
            this.success = success;
            this.allowed = List.of(allowed);
        }
    }

    static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> roleByEndpoint() {
        return java.util.stream.Stream.of(Endpoint.values()).flatMap(endpoint -> ALL_ROLES.stream()
                .map(role -> org.junit.jupiter.params.provider.Arguments.of(endpoint, role,
                        endpoint.allowed.contains(role))));
    }

    private String tokenFor(String role) {
        return role.equals(Roles.PRODUCT_TEAM) ? Tokens.productTeam(TEAM) : Tokens.token("matrix-" + role, role);
    }

    private io.restassured.response.Response call(io.restassured.specification.RequestSpecification request,
            Endpoint endpoint, String role) {
        String app = uniqueApp("matrix");
        String body = Map.of("ruleId", "it-ban", "jurisdiction", "IT", "app", app, "team", TEAM,
                "justification", "j", "reference", "r",
                "expiresAt", injectedClock.instant().plus(Duration.ofDays(3)).toString()).entrySet().stream()
                .filter(entry -> !entry.getKey().equals("team") || Roles.COMPLIANCE_OFFICER.equals(role))
                .map(entry -> "\"" + entry.getKey() + "\": \"" + entry.getValue() + "\"")
                .collect(java.util.stream.Collectors.joining(", ", "{", "}"));
        return switch (endpoint) {
            case REQUEST -> request.contentType(ContentType.JSON).body(body).post(WAIVERS);
            case LIST -> request.get(WAIVERS);
            case READ -> request.get(WAIVERS + "/" + requested(TEAM, app));
            case APPROVE -> request.post(WAIVERS + "/" + requested(TEAM, app) + "/approve");
            case REJECT -> request.post(WAIVERS + "/" + requested(TEAM, app) + "/reject");
            case REVOKE -> request.post(WAIVERS + "/" + approvedWaiver(TEAM, "it-ban", "IT", app, Duration.ofDays(3))
                    + "/revoke");
            case FEED -> request.get("/api/v1/feed");
            case DELIVERIES -> request.get("/api/v1/webhook/deliveries");
            case WEBHOOK -> request.contentType(ContentType.JSON)
                    .body("{\"url\": \"http://127.0.0.1:9/hook\", \"secret\": \"0123456789abcdef\"}")
                    .put("/api/v1/webhook");
            case TEST_CLOCK -> request.contentType(ContentType.JSON).body("{\"offset\": \"PT1H\"}")
                    .put("/api/v1/test-clock");
        };
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{1} on {0}: allowed={2}")
    @org.junit.jupiter.params.provider.MethodSource("roleByEndpoint")
    void eachRoleReachesExactlyItsEndpoints(Endpoint endpoint, String role, boolean allowed) {
        io.restassured.response.Response response = call(given().auth().oauth2(tokenFor(role)), endpoint, role);
        if (allowed) {
            // the test clock is off by default: an officer gets 404, everyone else 403
            response.then().statusCode(endpoint.success);
        } else {
            response.then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        }
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} without a token")
    @org.junit.jupiter.params.provider.EnumSource(Endpoint.class)
    void everyEndpointNeedsAToken(Endpoint endpoint) {
        call(given(), endpoint, "none").then().statusCode(401)
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
    }
}
