package io.launchcheck.rules.rest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads {@code application/*} in {@code Accept} as {@code application/json} (with the same weight), before the
 * answer's form is chosen: every answer of this service is JSON, and the evaluations' compact forms are given only to
 * a caller that names them. Without this, Quarkus REST chooses between the evaluations' JSON and compact forms for
 * the wildcard by neither, and answers {@code application/octet-stream}.
 */
public class AnyApplicationTypeFilter {

    private static final String ANY_APPLICATION_TYPE = "application/*";

    @ServerRequestFilter(preMatching = true)
    public void anyApplicationTypeIsJson(ContainerRequestContext request) {
        List<String> accept = request.getHeaders().get(HttpHeaders.ACCEPT);
        if (accept == null || accept.stream().noneMatch(value -> value.contains(ANY_APPLICATION_TYPE))) {
            return;
        }
        List<String> ranges = new ArrayList<>();
        for (String value : accept) {
            for (String range : value.split(",")) {
                String trimmed = range.strip();
                int parameters = trimmed.indexOf(';');
                String type = (parameters < 0 ? trimmed : trimmed.substring(0, parameters)).strip();
                ranges.add(type.toLowerCase(Locale.ROOT).equals(ANY_APPLICATION_TYPE)
                        ? "application/json" + (parameters < 0 ? "" : trimmed.substring(parameters))
                        : trimmed);
            }
        }
        request.getHeaders().putSingle(HttpHeaders.ACCEPT, String.join(", ", ranges));
    }
}
