package io.launchcheck.gateway.rest;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.domain.Caller;
import io.launchcheck.gateway.domain.ShareLink;
import io.launchcheck.gateway.domain.ShareLinkRequest;
import io.launchcheck.gateway.service.ShareLinkService;

/**
 * The one way share links are minted, for every kind of report page: the optional body read and checked, the
 * caller's right to read what is shared checked, the signed token minted for {@code <kind>/<id>}, the 201 answer
 * with its {@code Location}. The resources only say how to find what they share.
 */
@ApplicationScoped
public class ShareLinks {

    /** What a share link can show, as named in its {@code report} claim ({@code <claim>/<id>}). */
    public enum Kind {
        ASSESSMENT("assessments", "assessment"),
        LAUNCH_MAP("launch-maps", "launch map");

        private final String claim;
        private final String noun;

        Kind(String claim, String noun) {
            this.claim = claim;
            this.noun = noun;
        }

        /** The kind a verified token's claim names, or null for anything else. */
        static Kind ofClaim(String claim) {
            for (Kind kind : values()) {
                if (kind.claim.equals(claim)) {
                    return kind;
                }
            }
            return null;
        }

        /** The 404 for an id the caller may not read, whether or not it exists. */
        ProblemException notFound(UUID id) {
            return ProblemException.notFound("No " + noun + " with id " + id);
        }
    }

    private final ShareLinkService shareLinks;
    private final CallerResolver callers;
    private final ObjectMapper json;
    private final Validator validator;
    private final JsonWebToken token;

    public ShareLinks(ShareLinkService shareLinks, CallerResolver callers, ObjectMapper json, Validator validator,
            JsonWebToken token) {
        this.shareLinks = shareLinks;
        this.callers = callers;
        this.json = json;
        this.validator = validator;
        this.token = token;
    }

    /**
     * Mints a link to the page of {@code kind} {@code id} for the caller: the optional body read first (absent, empty
     * or JSON {@code null} means the defaults; anything but JSON is 415, a bad lifetime or an unknown field 400 naming
     * it), then {@code find} asked for what the id names as the caller may read it (404 when nothing, whether or not
     * it exists), then 201 with the link and its Location.
     */
    public <T> Response mint(Kind kind, UUID shared, String contentType, String body, UriInfo uri,
            BiFunction<UUID, Caller, Optional<T>> find) throws JsonProcessingException {
        ShareLinkRequest request = OptionalBody.read(json, validator, contentType, body, ShareLinkRequest.class);
        find.apply(shared, callers.reader()).orElseThrow(() -> kind.notFound(shared));
        ShareLinkService.Minted minted = shareLinks.mint(kind.claim, shared, token.getName(),
                request == null ? null : request.expiresInSeconds());
        String path = SharedReportResource.PATH + "/" + minted.token();
        URI url = uri.getBaseUriBuilder().path(path).build();
        ShareLink link = kind == Kind.ASSESSMENT ? new ShareLink(url.toString(), path, minted.expiresAt(), shared)
                : new ShareLink(url.toString(), path, minted.expiresAt(), null, shared);
        return Response.created(url).type(MediaType.APPLICATION_JSON_TYPE).entity(link).build();
    }
}
