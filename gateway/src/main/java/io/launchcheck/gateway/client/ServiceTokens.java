package io.launchcheck.gateway.client;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.launchcheck.api.Roles;
import io.smallrye.jwt.build.Jwt;

/**
 * The gateway's own bearer token for the rules-service: role {@code evaluator} only, signed with
 * {@code smallrye.jwt.sign.key.location}, short-lived and reused until shortly before it expires. Never logged.
 */
@ApplicationScoped
public class ServiceTokens {

    static final String ROLE = Roles.EVALUATOR;

    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @ConfigProperty(name = "launchcheck.service-token.subject", defaultValue = "gateway")
    String subject;

    @ConfigProperty(name = "launchcheck.service-token.lifespan", defaultValue = "5M")
    Duration lifespan;

    private volatile Minted minted;

    private record Minted(String token, Instant renewAt) {
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
        return Jwt.issuer(issuer).audience("launchcheck").subject(subject).upn(subject).groups(Set.of(ROLE))
                .issuedAt(now).expiresAt(now.plus(lifespan)).sign();
    }
}
