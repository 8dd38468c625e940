package io.launchcheck.gateway.rest;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.launchcheck.api.problem.ProblemMappers;

/**
 * Routes unreadable request bodies to the shared problem mapper. Quarkus REST answers a
 * {@link MismatchedInputException} (wrong JSON type, impossible date) with its own plain JSON body, and wraps
 * other Jackson errors (unknown enum values, malformed JSON) in a bare 400 {@link WebApplicationException};
 * both would otherwise lose the offending field.
 */
public class JsonProblemMappers {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return problems.unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unreadableBody(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return problems.unreadableJson(json, uri);
        }
        return problems.webApplication(e, uri);
    }
}
