package io.launchcheck.registry.rest;

import java.security.Principal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;

import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.service.ChangeContext;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * The one place that decides who makes a change: the authenticated caller, never a header the caller chose. The
 * actor is the token's principal name ({@code upn}, else {@code preferred_username}, else {@code sub}); the reason
 * comes from the {@code X-Change-Reason} header. An {@code X-Actor} header is ignored.
 */
@ApplicationScoped
public class ChangeContextResolver {

    public static final String REASON = "X-Change-Reason";
    static final int MAX_ACTOR = 200;

    private final SecurityIdentity identity;

    @Inject
    ChangeContextResolver(SecurityIdentity identity) {
        this.identity = identity;
    }

    public ChangeContext resolve(HttpHeaders headers) {
        Principal principal = identity.getPrincipal();
        String actor = principal == null || principal.getName() == null || principal.getName().isBlank()
                ? null : principal.getName().strip();
        if (identity.isAnonymous() || actor == null) {
            // unreachable behind @RolesAllowed; refuse rather than record an unknown author
            throw new io.quarkus.security.UnauthorizedException();
        }
        if (actor.length() > MAX_ACTOR) {
            throw ProblemException.badRequest("Authorization",
                    "the token's subject (upn, preferred_username or sub) must be at most " + MAX_ACTOR + " characters");
        }
        String reason = headers.getHeaderString(REASON);
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (reason != null && reason.length() > 1000) {
            throw ProblemException.badRequest(REASON, "must be at most 1000 characters");
        }
        return new ChangeContext(actor, reason);
    }
}
