package io.launchcheck.registry.security;

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
    public static final String OFFICER = "officer@example.org";
    public static final Path DEV_PRIVATE_KEY = Path.of("../config/dev-keys/privateKey.pem");

    private static PrivateKey devKey;

    private Tokens() {
    }

    /** A request as the default compliance officer. */
    public static RequestSpecification asOfficer() {
        return RestAssured.given().auth().oauth2(officer());
    }

    public static String officer() {
        return officer(OFFICER);
    }

    public static String officer(String subject) {
        return token(subject, Roles.COMPLIANCE_OFFICER);
    }

    public static String auditor() {
        return token("auditor@example.org", Roles.AUDITOR);
    }

    public static String productTeam() {
        return sign(claims("dev@example.org", Roles.PRODUCT_TEAM).claim(Roles.TEAM_CLAIM, "payments"));
    }

    public static String rulesetReader() {
        return token("rules-service", Roles.RULESET_READER);
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
