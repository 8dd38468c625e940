package io.launchcheck.rules.client;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.launchcheck.api.Roles;
import io.launchcheck.api.security.ServiceTokens;

/** Sends the rules-service's own token (role ruleset-reader only) with every registry call. */
public class ServiceTokenFilter implements ClientRequestFilter {

    private final ServiceTokens tokens;

    @Inject
    ServiceTokenFilter(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "launchcheck.service-token.subject", defaultValue = "rules-service") String subject,
            @ConfigProperty(name = "launchcheck.service-token.lifespan", defaultValue = "5M") Duration lifespan) {
        this.tokens = new ServiceTokens(issuer, subject, Roles.RULESET_READER, lifespan);
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current());
    }
}
