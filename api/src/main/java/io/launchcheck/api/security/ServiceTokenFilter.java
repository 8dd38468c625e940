package io.launchcheck.api.security;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the calling service's own token with every call of the REST client it is registered on. Each service
 * names its subject and its one role in {@code application.properties}: the gateway {@code gateway} with
 * {@code evaluator} (calls to the rules-service), the rules-service {@code rules-service} with
 * {@code ruleset-reader} (calls to the registry).
 */
public class ServiceTokenFilter implements ClientRequestFilter {

    private final ServiceTokens tokens;

    @Inject
    ServiceTokenFilter(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "launchcheck.service-token.subject") String subject,
            @ConfigProperty(name = "launchcheck.service-token.role") String role,
            @ConfigProperty(name = "launchcheck.service-token.lifespan", defaultValue = "5M") Duration lifespan) {
        this.tokens = new ServiceTokens(issuer, subject, role, lifespan);
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current());
    }
}
