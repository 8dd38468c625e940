package io.launchcheck.gateway.client;

import java.time.Duration;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.launchcheck.api.Roles;
import io.launchcheck.api.security.ServiceTokens;

/** Sends the gateway's own token (role evaluator only) with every call to the rules-service. */
public class ServiceTokenFilter implements ClientRequestFilter {

    private final ServiceTokens tokens;

    @Inject
    ServiceTokenFilter(@ConfigProperty(name = "mp.jwt.verify.issuer") String issuer,
            @ConfigProperty(name = "launchcheck.service-token.subject", defaultValue = "gateway") String subject,
            @ConfigProperty(name = "launchcheck.service-token.lifespan", defaultValue = "5M") Duration lifespan) {
        this.tokens = new ServiceTokens(issuer, subject, Roles.EVALUATOR, lifespan);
    }

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current());
    }
}
