package io.launchcheck.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

import io.launchcheck.api.Roles;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Development tokens for tests, signed with the committed development key ({@code config/dev-keys}). Each
 * service's test {@code Tokens} extends this with the callers its tests need.
 */
public class DevTokens {

    public static final String ISSUER = "https://launchcheck.dev/issuer";
    public static final String AUDIENCE = Roles.AUDIENCE;
    /** Relative to a service module, where its tests run. */
    public static final Path DEV_PRIVATE_KEY = Path.of("../config/dev-keys/privateKey.pem");
    public static final Path DEV_PUBLIC_KEY = Path.of("../config/dev-keys/publicKey.pem");

    private static PrivateKey devKey;

    protected DevTokens() {
    }

    public static String token(String subject, String role) {
        return sign(claims(subject, role));
    }

    /** A product team member's token: the role and the team claim. */
    public static String productTeam(String subject, String team) {
        return sign(claims(subject, Roles.PRODUCT_TEAM).claim(Roles.TEAM_CLAIM, team));
    }

    /** Valid claims for ten minutes: issuer, audience, upn and sub, one role. */
    public static JwtClaimsBuilder claims(String subject, String role) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject).groups(Set.of(role))
                .issuedAt(Instant.now()).expiresIn(600);
    }

    public static String sign(JwtClaimsBuilder claims) {
        return claims.jws().keyId("dev").sign(devKey());
    }

    /**
     * The claims (JSON) of a bearer token signed with the development key, as a stand-in service checks them;
     * empty when the header is missing, not a bearer token, or not signed by that key.
     */
    public static Optional<String> verifiedClaims(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith("Bearer ")) {
            return Optional.empty();
        }
        String[] parts = authorizationHeader.substring("Bearer ".length()).split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(KeyUtils.decodePublicKey(Files.readString(DEV_PUBLIC_KEY)));
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
            return Optional.empty();
        }
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
