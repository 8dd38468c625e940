package io.launchcheck.rules.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.api.Roles;
import io.launchcheck.api.security.VerifiedTokens;
import io.launchcheck.testing.DevTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.smallrye.jwt.util.KeyUtils;

/** Verified tokens are remembered for their lifetime only, and nothing unverified is ever accepted. */
class VerifiedTokensTest {

    private final AtomicInteger verifications = new AtomicInteger();
    private VerifiedTokens tokens;

    @BeforeEach
    void realVerifierCountingItsWork() throws Exception {
        JWTAuthContextInfo context = new JWTAuthContextInfo(
                KeyUtils.decodePublicKey(Files.readString(DevTokens.DEV_PUBLIC_KEY)), DevTokens.ISSUER);
        context.setExpectedAudience(Set.of(DevTokens.AUDIENCE));
        context.setClockSkew(0);
        JWTParser real = new DefaultJWTParser(context);
        tokens = new VerifiedTokens(new DefaultJWTParser(context) {
            @Override
            public JsonWebToken parse(String token) throws ParseException {
                verifications.incrementAndGet();
                return real.parse(token);
            }
        });
    }

    @Test
    void aTokenSeenBeforeIsNotVerifiedAgain() throws Exception {
        String token = DevTokens.token("gateway", Roles.EVALUATOR);

        JsonWebToken first = tokens.parse(token);
        JsonWebToken second = tokens.parse(token);

        assertThat(second.getGroups()).containsExactly(Roles.EVALUATOR);
        assertThat(second.getName()).isEqualTo(first.getName());
        assertThat(verifications).hasValue(1);
    }

    @Test
    void anotherTokenIsVerifiedOnItsOwn() throws Exception {
        tokens.parse(DevTokens.token("gateway", Roles.EVALUATOR));
        tokens.parse(DevTokens.token("auditor-1", Roles.AUDITOR));

        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTamperedTokenIsRefusedEveryTimeEvenAfterTheGenuineOne() throws Exception {
        String genuine = DevTokens.token("gateway", Roles.EVALUATOR);
        tokens.parse(genuine);
        String[] parts = genuine.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();

        assertThatThrownBy(() -> tokens.parse(tampered)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> tokens.parse(tampered)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(3);
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefused() throws Exception {
        long expiresAt = Instant.now().getEpochSecond() + 2;
        String shortLived = DevTokens.sign(DevTokens.claims("gateway", Roles.EVALUATOR).expiresAt(expiresAt));
        tokens.parse(shortLived);
        tokens.parse(shortLived);
        assertThat(verifications).hasValue(1);

        while (Instant.now().getEpochSecond() <= expiresAt + 1) {
            Thread.sleep(200);
        }

        assertThatThrownBy(() -> tokens.parse(shortLived)).isInstanceOf(ParseException.class);
        assertThat(verifications).hasValue(2);
    }
}
