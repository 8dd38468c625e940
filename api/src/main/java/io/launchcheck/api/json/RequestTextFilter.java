package io.launchcheck.api.json;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.launchcheck.api.problem.ProblemException;

/**
 * Refuses query and path parameters holding control characters ({@code %00} and the like) with a 400 that
 * names the parameter, before a resource hands them to a database that would fail on them.
 */
public class RequestTextFilter {

    @ServerRequestFilter
    public void refuseControlCharacters(UriInfo uri) {
        check(uri.getPathParameters());
        check(uri.getQueryParameters());
    }

    private static void check(MultivaluedMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            String nameProblem = Text.problemOf(parameter.getKey());
            if (nameProblem != null) {
                throw ProblemException.badRequest("query", "a parameter name " + nameProblem);
            }
            for (String value : parameter.getValue()) {
                String problem = Text.problemOf(value);
                if (problem != null) {
                    throw ProblemException.badRequest(parameter.getKey(), problem);
                }
            }
        }
    }
}
