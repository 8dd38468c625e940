package io.launchcheck.registry.rest;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.api.problem.ProblemMappers;

/** A concurrent change that slipped past the If-Match check is still a 412, never a 500. */
public class OptimisticLockMapper {

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e, UriInfo uri) {
        return stale(uri);
    }

    @ServerExceptionMapper
    public Response staleState(StaleStateException e, UriInfo uri) {
        return stale(uri);
    }

    private Response stale(UriInfo uri) {
        return problems.problem(ProblemException.preconditionFailed(
                "The resource was changed by someone else meanwhile; read it again and reapply your change"), uri);
    }
}
