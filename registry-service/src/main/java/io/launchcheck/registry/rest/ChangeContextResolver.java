package io.launchcheck.registry.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;

import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.service.ChangeContext;

/**
 * The one place that decides who makes a change: the {@code X-Actor} header (default {@code anonymous}) and the
 * {@code X-Change-Reason} header. When authentication arrives, the actor comes from the caller's principal here.
 */
@ApplicationScoped
public class ChangeContextResolver {

    public static final String ACTOR = "X-Actor";
    public static final String REASON = "X-Change-Reason";

    public ChangeContext resolve(HttpHeaders headers) {
        String actor = headers.getHeaderString(ACTOR);
        String reason = headers.getHeaderString(REASON);
        actor = actor == null || actor.isBlank() ? ChangeContext.ANONYMOUS : actor.strip();
        reason = reason == null || reason.isBlank() ? null : reason.strip();
        if (actor.length() > 200) {
            throw ProblemException.badRequest(ACTOR, "must be at most 200 characters");
        }
        if (reason != null && reason.length() > 1000) {
            throw ProblemException.badRequest(REASON, "must be at most 1000 characters");
        }
        return new ChangeContext(actor, reason);
    }
}
