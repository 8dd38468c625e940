package io.launchcheck.registry.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import io.launchcheck.api.Roles;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Who may call what on the registry (the matrix of docs/security.md), and which tokens are refused. Allowed
 * writes are sent with an empty body, so they pass authorization and then fail validation without changing data.
 */
@QuarkusTest
class RegistrySecurityTest {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final List<String> READERS = List.of(Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM);
    private static final List<String> OFFICER = List.of(Roles.COMPLIANCE_OFFICER);
    private static final List<String> HISTORY = List.of(Roles.COMPLIANCE_OFFICER, Roles.AUDITOR);
    private static final List<String> RULESET = List.of(Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.RULESET_READER);
    private static final List<String> ALL_ROLES = List.of(Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM,
            Roles.RULESET_READER, Roles.EVALUATOR);

    record Endpoint(String method, String path, List<String> allowed) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static final List<Endpoint> ENDPOINTS = List.of(
            new Endpoint("GET", "/api/v1/jurisdictions", READERS),
            new Endpoint("GET", "/api/v1/jurisdictions/IT", READERS),
            new Endpoint("GET", "/api/v1/vendors", READERS),
            new Endpoint("GET", "/api/v1/vendors/no-such-vendor", READERS),
            new Endpoint("POST", "/api/v1/vendors", OFFICER),
            new Endpoint("PUT", "/api/v1/vendors/no-such-vendor", OFFICER),
            new Endpoint("GET", "/api/v1/rules", READERS),
            new Endpoint("GET", "/api/v1/rules/no-such-rule", READERS),
            new Endpoint("POST", "/api/v1/rules", OFFICER),
            new Endpoint("PUT", "/api/v1/rules/no-such-rule", OFFICER),
            new Endpoint("DELETE", "/api/v1/rules/no-such-rule", OFFICER),
            new Endpoint("GET", "/api/v1/rules/no-such-rule/history", HISTORY),
            new Endpoint("GET", "/api/v1/ruleset", RULESET),
            new Endpoint("GET", "/api/v1/ruleset?version=1", RULESET),
            new Endpoint("GET", "/api/v1/ruleset/version", RULESET),
            new Endpoint("POST", "/api/v1/rulepacks", OFFICER));

    static Stream<Arguments> roleByEndpoint() {
        return ENDPOINTS.stream().flatMap(endpoint -> ALL_ROLES.stream()
                .map(role -> Arguments.of(endpoint, role, endpoint.allowed().contains(role))));
    }

    static Stream<Endpoint> endpoints() {
        return ENDPOINTS.stream();
    }

    @ParameterizedTest(name = "{1} on {0}: allowed={2}")
    @MethodSource("roleByEndpoint")
    void eachRoleReachesExactlyItsEndpoints(Endpoint endpoint, String role, boolean allowed) {
        Response response = call(given().auth().oauth2(Tokens.token(role + "@example.org", role)), endpoint);
        if (allowed) {
            assertThat(response.statusCode()).as(response.asString()).isNotIn(401, 403);
        } else {
            response.then().statusCode(403).contentType(PROBLEM_JSON)
                    .body("status", equalTo(403)).body("title", equalTo("Forbidden"));
        }
    }

    @ParameterizedTest(name = "{0} without a token")
    @MethodSource("endpoints")
    void everyApiEndpointNeedsAToken(Endpoint endpoint) {
        call(given(), endpoint).then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401)).body("title", equalTo("Unauthorized"));
    }

    @Test
    void aTokenWithAChangedPayloadIsRefused() {
        String[] parts = Tokens.auditor().split("\\.");
        String forgedPayload = new String(Base64.getUrlDecoder().decode(parts[1])).replace(Roles.AUDITOR,
                Roles.COMPLIANCE_OFFICER);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forgedPayload.getBytes())
                + "." + parts[2];
        assertRefused(forged);
    }

    @Test
    void anExpiredTokenIsRefused() {
        Instant hourAgo = Instant.now().minusSeconds(3600);
        assertRefused(Tokens.sign(Tokens.claims(Tokens.OFFICER, Roles.COMPLIANCE_OFFICER)
                .issuedAt(hourAgo.minusSeconds(600)).expiresAt(hourAgo)));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair other = generator.generateKeyPair();
        assertRefused(Tokens.claims(Tokens.OFFICER, Roles.COMPLIANCE_OFFICER).jws().sign(other.getPrivate()));
    }

    @Test
    void aTokenFromAnotherIssuerOrForAnotherAudienceIsRefused() {
        assertRefused(Tokens.sign(Tokens.claims(Tokens.OFFICER, Roles.COMPLIANCE_OFFICER).issuer("https://evil.example")));
        assertRefused(Tokens.sign(Tokens.claims(Tokens.OFFICER, Roles.COMPLIANCE_OFFICER).audience("another-system")));
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(("{\"iss\":\"" + Tokens.ISSUER
                + "\",\"aud\":\"launchcheck\",\"upn\":\"x\",\"groups\":[\"compliance-officer\"],\"exp\":"
                + (Instant.now().getEpochSecond() + 600) + "}").getBytes());
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes());
        assertRefused(header + "." + payload + ".");
    }

    @Test
    void theHistoryRecordsTheTokensSubjectNotTheActorHeader() {
        String id = "sec-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().oauth2(Tokens.officer("grace@example.org")).header("X-Actor", "mallory")
                .header("X-Change-Reason", "new guidance").contentType(ContentType.JSON).body(rule(id))
                .post("/api/v1/rules").then().statusCode(201);

        JsonPath history = given().auth().oauth2(Tokens.auditor()).get("/api/v1/rules/" + id + "/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getList("actor", String.class)).containsExactly("grace@example.org");
        assertThat(history.getList("reason", String.class)).containsExactly("new guidance");
    }

    @Test
    void healthMetricsAndOpenApiNeedNoToken() {
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/health/ready").then().statusCode(200);
        given().get("/q/metrics").then().statusCode(200);
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("components.securitySchemes.keySet()", org.hamcrest.Matchers.hasItem("SecurityScheme"));
    }

    @Test
    void refusalsDoNotEchoTheToken() {
        String forged = Tokens.officer() + "x";
        given().auth().oauth2(forged).get("/api/v1/rules").then().statusCode(401)
                .body(org.hamcrest.Matchers.not(containsString(forged.substring(0, 20))));
    }

    private static void assertRefused(String token) {
        given().auth().oauth2(token).get("/api/v1/rules").then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", containsString("invalid_token"))
                .body("title", equalTo("Unauthorized"));
    }

    private static Response call(RequestSpecification request, Endpoint endpoint) {
        request = request.contentType(ContentType.JSON);
        return switch (endpoint.method()) {
            case "GET" -> request.get(endpoint.path());
            case "POST" -> request.body("{}").post(endpoint.path());
            case "PUT" -> request.header("If-Match", "\"0\"").body("{}").put(endpoint.path());
            case "DELETE" -> request.header("If-Match", "\"0\"").delete(endpoint.path());
            default -> throw new IllegalArgumentException(endpoint.method());
        };
    }

    private static Map<String, Object> rule(String id) {
        Map<String, Object> rule = new LinkedHashMap<>();
        rule.put("id", id);
        rule.put("jurisdiction", "IT");
        rule.put("kind", "ADVISORY");
        rule.put("title", "Security test advisory " + id);
        rule.put("subject", Map.of("vendors", List.of(), "apps", List.of(), "originCountries", List.of()));
        rule.put("segments", new ArrayList<>());
        rule.put("severity", "WARNING");
        rule.put("status", "IN_FORCE");
        rule.put("effectiveFrom", "2025-01-30");
        rule.put("legalBasis", "Test basis");
        rule.put("authority", "Test authority");
        rule.put("sourceUrl", "https://example.org/" + id);
        rule.put("confidence", "HIGH");
        return rule;
    }

}
