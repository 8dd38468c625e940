package io.launchcheck.api.problem;

import java.util.List;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * 401 and 403 as {@code application/problem+json}. The services authenticate lazily
 * ({@code quarkus.http.auth.proactive=false}), so a missing, forged, expired or foreign token reaches these
 * mappers when an endpoint asks for a role. The details never repeat the token or why its verification failed
 * (that would help a forger); a 401 carries {@code WWW-Authenticate: Bearer} as RFC 6750 asks.
 */
public class SecurityProblemMappers {

    static final String REALM = "Bearer realm=\"launchcheck\"";

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated("This endpoint needs a bearer token: Authorization: Bearer <JWT>.", REALM, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return invalidToken(uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response authenticationCompletion(AuthenticationCompletionException e, UriInfo uri) {
        return invalidToken(uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(403, "Forbidden", "The caller's roles do not allow this request.", uri).build();
    }

    private static Response invalidToken(UriInfo uri) {
        return unauthenticated("The bearer token is invalid: its signature, issuer, audience or expiry did not verify.",
                REALM + ", error=\"invalid_token\"", uri);
    }

    private static Response unauthenticated(String detail, String challenge, UriInfo uri) {
        return problem(401, "Unauthorized", detail, uri).header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private static Response.ResponseBuilder problem(int status, String title, String detail, UriInfo uri) {
        String type = "https://launchcheck.io/problems/" + title.toLowerCase();
        Problem body = new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), List.of());
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }
}
