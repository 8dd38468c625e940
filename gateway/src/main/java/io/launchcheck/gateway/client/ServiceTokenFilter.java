package io.launchcheck.gateway.client;

import jakarta.inject.Inject;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

/** Sends the gateway's own token with every call to the rules-service. */
public class ServiceTokenFilter implements ClientRequestFilter {

    @Inject
    ServiceTokens tokens;

    @Override
    public void filter(ClientRequestContext request) {
        request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.current());
    }
}
