package io.launchcheck.rules.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Roles;
import io.launchcheck.api.security.VerifiedTokens;
import io.launchcheck.rules.testing.Tokens;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;

/** The service verifies bearer tokens through {@link VerifiedTokens}, and a token it remembers still carries its role. */
@QuarkusTest
class ServiceTokenVerificationTest {

    @Inject
    JWTParser parser;

    @Test
    void bearerTokensAreVerifiedThroughTheRememberingParser() {
        assertThat(ClientProxy.unwrap(parser)).isInstanceOf(VerifiedTokens.class);
    }

    @Test
    void aRememberedTokenKeepsItsRoleAndAnotherRoleIsStillRefused() {
        String evaluator = Tokens.evaluator();
        String auditor = Tokens.token("auditor-1", Roles.AUDITOR);
        for (int i = 0; i < 3; i++) {
            // 400 (no body) is past authorization; 403 is refused by role
            given().auth().oauth2(evaluator).contentType("application/json").body("{}")
                    .when().post("/api/v1/evaluations").then().statusCode(400);
            given().auth().oauth2(auditor).contentType("application/json").body("{}")
                    .when().post("/api/v1/evaluations").then().statusCode(403);
        }
    }
}
