package io.launchcheck.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.time.Instant;
import java.util.Set;

import io.launchcheck.api.Roles;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/** Development tokens for tests, signed with the committed development key (config/dev-keys). */
public final class Tokens {

    public static final String ISSUER = "https://launchcheck.dev/issuer";
    public static final String AUDIENCE = io.launchcheck.api.Roles.AUDIENCE;
    public static final Path DEV_PRIVATE_KEY = Path.of("../config/dev-keys/privateKey.pem");

    private static PrivateKey devKey;

    private Tokens() {
    }

    /** The team the gateway's tests submit as unless they say otherwise. */
    public static final String TEAM = "payments";

    /** A request as a member of {@link #TEAM}. */
    public static RequestSpecification asTeam() {
        return RestAssured.given().auth().oauth2(productTeam(TEAM));
    }

    public static RequestSpecification asTeam(String team) {
        return RestAssured.given().auth().oauth2(productTeam(team));
    }

    public static RequestSpecification asAuditor() {
        return RestAssured.given().auth().oauth2(auditor());
    }

    public static RequestSpecification asComplianceOfficer() {
        return RestAssured.given().auth().oauth2(token("officer@example.org", Roles.COMPLIANCE_OFFICER));
    }

    public static String productTeam(String team) {
        return sign(claims("dev@" + team + ".example.org", Roles.PRODUCT_TEAM).claim(Roles.TEAM_CLAIM, team));
    }

    public static String auditor() {
        return token("auditor@example.org", Roles.AUDITOR);
    }

    public static String token(String subject, String role) {
        return sign(claims(subject, role));
    }

    /** Valid claims for ten minutes: issuer, audience, upn and sub, one role. */
    public static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(role))
                .issuedAt(Instant.now()).expiresIn(600);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("dev").sign(devKey());
    }

    public static synchronized PrivateKey devKey() {
        if (devKey == null) {
            try {
                devKey = KeyUtils.decodePrivateKey(Files.readString(DEV_PRIVATE_KEY));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
        return devKey;
    }
}
