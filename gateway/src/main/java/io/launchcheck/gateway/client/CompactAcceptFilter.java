package io.launchcheck.gateway.client;

import java.util.List;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.launchcheck.api.compact.CompactEvaluations;

/**
 * Gives the full JSON form a lower weight than the compact one in the {@code Accept} of a call that asks for the
 * compact form ({@link CompactEvaluations#ACCEPT}): the REST client writes {@code @Produces} without weights, and on
 * equal weights the rules-service answers its first form, JSON. Other calls are left alone.
 */
public class CompactAcceptFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        List<Object> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept != null && accept.stream().anyMatch(value -> String.valueOf(value).contains(CompactEvaluations.MEDIA_TYPE))) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, CompactEvaluations.ACCEPT);
        }
    }
}
