package io.launchcheck.rules.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.security.KeyPairGenerator;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Roles;
import io.launchcheck.rules.testing.Tokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Only the gateway's {@code evaluator} role may ask for evaluations; forged, expired and foreign tokens are 401;
 * the service reads the registry with its own short-lived {@code ruleset-reader} token.
 */
@QuarkusTest
@WithTestResource(RegistryServerResource.class)
class EvaluationSecurityTest {

    private static final String EVALUATIONS = "/api/v1/evaluations";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String KOREA = """
            {"profile": {"app": {"name": "acme-assistant", "vendor": "DeepSeek"},
               "hosting": {"mode": "SELF_HOSTED", "dataCountries": ["KR"]},
               "targets": [{"jurisdiction": "KR"}], "asOf": "2025-03-01"}}
            """;

    @BeforeEach
    void rulesetLoaded() throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (given().get("/q/health/ready").statusCode() != 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    static Stream<String> otherRoles() {
        return Stream.of(Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM, Roles.RULESET_READER);
    }

    @Test
    void theEvaluatorRoleIsJudged() {
        evaluate(given().auth().oauth2(Tokens.evaluator())).then().statusCode(200)
                .body("results[0].jurisdiction", equalTo("KR"));
    }

    @ParameterizedTest(name = "{0} may not ask for evaluations")
    @MethodSource("otherRoles")
    void everyOtherRoleIsForbidden(String role) {
        evaluate(given().auth().oauth2(Tokens.token(role + "@example.org", role))).then().statusCode(403)
                .contentType(PROBLEM_JSON).body("status", equalTo(403)).body("title", equalTo("Forbidden"));
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorizedWithABearerChallenge() {
        evaluate(given()).then().statusCode(401).contentType(PROBLEM_JSON)
                .header("WWW-Authenticate", startsWith("Bearer")).body("status", equalTo(401));
    }

    @Test
    void forgedExpiredForeignAndMisissuedTokensAreUnauthorized() throws Exception {
        String[] parts = Tokens.token("x", Roles.AUDITOR).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace(Roles.AUDITOR, Roles.EVALUATOR);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        Instant hourAgo = Instant.now().minusSeconds(3600);
        String expired = Tokens.sign(Tokens.claims("gateway", Roles.EVALUATOR).issuedAt(hourAgo.minusSeconds(300))
                .expiresAt(hourAgo));
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String foreign = Tokens.claims("gateway", Roles.EVALUATOR).jws().sign(generator.generateKeyPair().getPrivate());
        String misissued = Tokens.sign(Tokens.claims("gateway", Roles.EVALUATOR).issuer("https://other.example"));

        for (String token : new String[] {forged, expired, foreign, misissued}) {
            evaluate(given().auth().oauth2(token)).then().statusCode(401).contentType(PROBLEM_JSON)
                    .header("WWW-Authenticate", containsString("invalid_token"));
        }
    }

    @Test
    void theRegistryIsReadWithTheServicesOwnRulesetReaderToken() throws Exception {
        // the fake registry refuses tokens not signed by the development key and without ruleset-reader
        assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
        JsonNode claims = new ObjectMapper().readTree(RegistryServerResource.server().lastTokenClaims());
        assertThat(claims.path("groups")).hasSize(1);
        assertThat(claims.path("groups").get(0).asText()).isEqualTo(Roles.RULESET_READER);
        assertThat(claims.path("sub").asText()).isEqualTo("rules-service");
        assertThat(claims.path("iss").asText()).isEqualTo(Tokens.ISSUER);
        long lifetime = claims.path("exp").asLong() - claims.path("iat").asLong();
        assertThat(lifetime).isBetween(1L, 600L);
    }

    private static io.restassured.response.Response evaluate(RequestSpecification request) {
        return request.contentType(ContentType.JSON).body(KOREA).post(EVALUATIONS);
    }
}
