package io.launchcheck.gateway.security;

import static io.launchcheck.gateway.support.Tokens.asAuditor;
import static io.launchcheck.gateway.support.Tokens.asTeam;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Roles;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.launchcheck.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what on the public API (docs/security.md), how product teams are kept apart, and which tokens
 * are refused.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class GatewaySecurityTest extends GatewayTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> ALL_ROLES = List.of(Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM,
            Roles.RULESET_READER, Roles.EVALUATOR);

    enum Endpoint {
        SUBMIT(List.of(Roles.PRODUCT_TEAM)),
        READ(List.of(Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER)),
        LIST(List.of(Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER)),
        REEVALUATE(List.of(Roles.PRODUCT_TEAM));

        final List<String> allowed;

        Endpoint(List<String> allowed) {
            this.allowed = allowed;
        }
    }

    static Stream<Arguments> roleByEndpoint() {
        return Stream.of(Endpoint.values()).flatMap(endpoint -> ALL_ROLES.stream()
                .map(role -> Arguments.of(endpoint, role, endpoint.allowed.contains(role))));
    }

    /** A token for the role; product teams (and only they) carry the team of the stored assessment. */
    private static String tokenFor(String role) {
        return role.equals(Roles.PRODUCT_TEAM) ? Tokens.productTeam(Tokens.TEAM) : Tokens.token(role + "@example.org", role);
    }

    @ParameterizedTest(name = "{1} on {0}: allowed={2}")
    @MethodSource("roleByEndpoint")
    void eachRoleReachesExactlyItsEndpoints(Endpoint endpoint, String role, boolean allowed) {
        String id = storedAssessment();
        Response response = call(given().auth().oauth2(tokenFor(role)), endpoint, id);
        if (allowed) {
            response.then().statusCode(endpoint == Endpoint.READ || endpoint == Endpoint.LIST ? 200 : 201);
        } else {
            response.then().statusCode(403).contentType(PROBLEM_JSON).body("status", equalTo(403))
                    .body("title", equalTo("Forbidden"));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("endpoints")
    void everyEndpointNeedsAToken(Endpoint endpoint) {
        call(given(), endpoint, storedAssessment()).then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
    }

    static Stream<Endpoint> endpoints() {
        return Stream.of(Endpoint.values());
    }

    @Test
    void aTeamNeverSeesAnotherTeamsAssessment() {
        String app = uniqueApp("private");
        String id = asTeam("alpha").contentType(ContentType.JSON).body(profile(app, target("IT"))).post(ASSESSMENTS)
                .then().statusCode(201).extract().jsonPath().getString("id");

        asTeam("beta").get(ASSESSMENTS + "/" + id).then().statusCode(404).contentType(PROBLEM_JSON);
        asTeam("beta").post(ASSESSMENTS + "/" + id + "/reevaluate").then().statusCode(404).contentType(PROBLEM_JSON);
        assertThat(listOf(asTeam("beta"), app).getList("items")).isEmpty();
        assertThat(listOf(asTeam("beta"), app).getLong("total")).isZero();

        asTeam("alpha").get(ASSESSMENTS + "/" + id).then().statusCode(200).body("id", equalTo(id));
        assertThat(listOf(asTeam("alpha"), app).getList("items.id", String.class)).containsExactly(id);
        asAuditor().get(ASSESSMENTS + "/" + id).then().statusCode(200).body("id", equalTo(id));
        JsonPath audited = listOf(asAuditor(), app);
        assertThat(audited.getList("items.id", String.class)).containsExactly(id);
        assertThat(audited.getList("items.team", String.class)).containsExactly("alpha");
    }

    @Test
    void aReevaluationBelongsToTheTeamOfTheAssessment() {
        String app = uniqueApp("reeval");
        String id = asTeam("alpha").contentType(ContentType.JSON).body(profile(app, target("IT"))).post(ASSESSMENTS)
                .then().statusCode(201).extract().jsonPath().getString("id");
        String again = asTeam("alpha").post(ASSESSMENTS + "/" + id + "/reevaluate").then().statusCode(201)
                .extract().jsonPath().getString("id");

        asTeam("beta").get(ASSESSMENTS + "/" + again).then().statusCode(404);
        assertThat(listOf(asTeam("alpha"), app).getList("items.id", String.class)).containsExactly(again, id);
    }

    @Test
    void aProductTeamTokenWithoutTeamIsForbidden() {
        String noTeam = Tokens.token("someone@example.org", Roles.PRODUCT_TEAM);
        long before = stored();
        given().auth().oauth2(noTeam).contentType(ContentType.JSON).body(profile(uniqueApp("noteam"), target("IT")))
                .post(ASSESSMENTS).then().statusCode(403).contentType(PROBLEM_JSON)
                .body("detail", containsString("team"));
        given().auth().oauth2(noTeam).get(ASSESSMENTS).then().statusCode(403);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void forgedExpiredForeignAndMisissuedTokensAreUnauthorized() throws Exception {
        String[] parts = Tokens.auditor().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace(Roles.AUDITOR, Roles.PRODUCT_TEAM).replace("\"upn\"", "\"team\":\"payments\",\"upn\"");
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        Instant hourAgo = Instant.now().minusSeconds(3600);
        String expired = Tokens.sign(Tokens.claims("dev@example.org", Roles.PRODUCT_TEAM)
                .claim(Roles.TEAM_CLAIM, Tokens.TEAM).issuedAt(hourAgo.minusSeconds(300)).expiresAt(hourAgo));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Tokens.claims("dev@example.org", Roles.PRODUCT_TEAM).claim(Roles.TEAM_CLAIM, Tokens.TEAM)
                .jws().sign(generator.generateKeyPair().getPrivate());
        String misissued = Tokens.sign(Tokens.claims("dev@example.org", Roles.PRODUCT_TEAM)
                .claim(Roles.TEAM_CLAIM, Tokens.TEAM).issuer("https://other.example"));

        long before = stored();
        for (String token : new String[] {forged, expired, foreign, misissued}) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(profile(uniqueApp("bad"), target("IT")))
                    .post(ASSESSMENTS).then().statusCode(401).contentType(PROBLEM_JSON)
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
        assertThat(stored()).isEqualTo(before);
        assertThat(rules.evaluations()).isZero();
    }

    @Test
    void theRulesServiceIsCalledWithTheGatewaysOwnEvaluatorToken() throws Exception {
        storedAssessment();
        JsonNode claims = new ObjectMapper().readTree(rules.lastTokenClaims());
        assertThat(claims.path("groups")).hasSize(1);
        assertThat(claims.path("groups").get(0).asText()).isEqualTo(Roles.EVALUATOR);
        assertThat(claims.path("sub").asText()).isEqualTo("gateway");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isBetween(1L, 600L);
    }

    private String storedAssessment() {
        return assess(profile(uniqueApp("matrix"), target("IT"))).then().statusCode(201).extract().jsonPath()
                .getString("id");
    }

    private static JsonPath listOf(RequestSpecification request, String app) {
        return request.queryParam("app", app).get(ASSESSMENTS).then().statusCode(200).extract().jsonPath();
    }

    private static Response call(RequestSpecification request, Endpoint endpoint, String id) {
        return switch (endpoint) {
            case SUBMIT -> request.contentType(ContentType.JSON).body(profile(uniqueApp("matrix"), target("IT")))
                    .post(ASSESSMENTS);
            case READ -> request.get(ASSESSMENTS + "/" + id);
            case LIST -> request.get(ASSESSMENTS);
            case REEVALUATE -> request.post(ASSESSMENTS + "/" + id + "/reevaluate");
        };
    }
}
