package io.launchcheck.api.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.launchcheck.api.Roles;
import io.smallrye.jwt.build.Jwt;

/**
 * A service's own bearer token for calling another service: one role only (least privilege), signed with
 * {@code smallrye.jwt.sign.key.location}, short-lived and reused until a fifth of its lifespan is left.
 * Never logged.
 */
public final class ServiceTokens {

    private final String issuer;
    private final String subject;
    private final String role;
    private final Duration lifespan;
    private volatile Minted minted;

    private record Minted(String token, Instant renewAt) {
    }

    public ServiceTokens(String issuer, String subject, String role, Duration lifespan) {
        this.issuer = issuer;
        this.subject = subject;
        this.role = role;
        this.lifespan = lifespan;
    }

    /** A valid token; a new one once a fifth of its lifespan is left. */
    public String current() {
        Minted current = minted;
        Instant now = Instant.now();
        if (current == null || !now.isBefore(current.renewAt())) {
            synchronized (this) {
                current = minted;
                if (current == null || !now.isBefore(current.renewAt())) {
                    current = new Minted(mint(now), now.plus(lifespan.multipliedBy(4).dividedBy(5)));
                    minted = current;
                }
            }
        }
        return current.token();
    }

    private String mint(Instant now) {
        return Jwt.issuer(issuer).audience(Roles.AUDIENCE).subject(subject).upn(subject).groups(Set.of(role))
                .issuedAt(now).expiresAt(now.plus(lifespan)).sign();
    }
}
