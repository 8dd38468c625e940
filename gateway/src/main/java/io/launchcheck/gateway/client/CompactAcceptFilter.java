package io.launchcheck.gateway.client;

import java.util.List;

import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;

import io.launchcheck.api.compact.CompactEvaluations;

/**
 * Gives the forms weights in the {@code Accept} of a call that asks for a compact form: the REST client writes
 * {@code @Produces} without weights, and on equal weights the rules-service answers its first form, JSON. A call
 * that asks for the fourth version gets {@link CompactEvaluations#ACCEPT_V4} (fourth, third, second, JSON), one that
 * asks for the third {@link CompactEvaluations#ACCEPT_V3} (third, second, JSON), one that asks for the second
 * {@link CompactEvaluations#ACCEPT} (second, JSON). Other calls are left alone.
 */
public class CompactAcceptFilter implements ClientRequestFilter {

    @Override
    public void filter(ClientRequestContext request) {
        List<Object> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null) {
            return;
        }
        if (names(accept, CompactEvaluations.MEDIA_TYPE_V4)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, CompactEvaluations.ACCEPT_V4);
        } else if (names(accept, CompactEvaluations.MEDIA_TYPE_V3)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, CompactEvaluations.ACCEPT_V3);
        } else if (names(accept, CompactEvaluations.MEDIA_TYPE)) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT, CompactEvaluations.ACCEPT);
        }
    }

    private static boolean names(List<Object> accept, String mediaType) {
        return accept.stream().anyMatch(value -> String.valueOf(value).contains(mediaType));
    }
}
