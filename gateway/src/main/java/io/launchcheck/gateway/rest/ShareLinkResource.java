package io.launchcheck.gateway.rest;

import java.net.URI;
import java.util.Set;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Roles;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.domain.Assessment;
import io.launchcheck.gateway.domain.ShareLink;
import io.launchcheck.gateway.domain.ShareLinkRequest;
import io.launchcheck.gateway.service.AssessmentService;
import io.launchcheck.gateway.service.ShareLinkService;

/** Mints share links: whoever may read an assessment may let a browser read its report page for a while. */
@Path("/api/v1/assessments/{id}/share-links")
@Tag(name = "Reports")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
public class ShareLinkResource {

    static final String KIND = "assessments";

    private final AssessmentService assessments;
    private final ShareLinkService shareLinks;
    private final CallerResolver callers;
    private final ObjectMapper json;
    private final Validator validator;

    @Inject
    JsonWebToken token;

    public ShareLinkResource(AssessmentService assessments, ShareLinkService shareLinks, CallerResolver callers,
            ObjectMapper json, Validator validator) {
        this.assessments = assessments;
        this.shareLinks = shareLinks;
        this.callers = callers;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createShareLink", summary = "Mint a share link to an assessment's report page",
            description = "A signed link (`/reports/{token}`) that opens the assessment's report page in a browser "
                    + "without a bearer token until `expiresAt`: after `expiresInSeconds` (at most "
                    + "launchcheck.share-links.max-lifetime, 7 days by default), or "
                    + "launchcheck.share-links.default-lifetime (24 hours by default) when the body is absent. "
                    + "Whoever may read the assessment may mint one; anyone holding the link can read the page, so "
                    + "share it like the report itself. A link cannot be revoked before it expires. The body is "
                    + "optional: none, an empty one and JSON `null` all mean the defaults.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ShareLinkRequest.class),
            examples = @ExampleObject(name = "one hour", value = ReportExamples.SHARE_REQUEST)))
    @APIResponse(responseCode = "201", description = "Minted",
            headers = @Header(name = "Location", description = "The share link (as `url`)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ShareLink.class),
                    examples = @ExampleObject(name = "one hour", value = ReportExamples.SHARE_LINK)))
    @APIResponse(responseCode = "400", description = "expiresInSeconds below 1 or above "
            + "launchcheck.share-links.max-lifetime, or an invalid body (the field is named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = ReportExamples.TOO_LONG)))
    @APIResponse(responseCode = "404", description = "No assessment with this id that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "503", description = "The gateway's database cannot be reached; try again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response mint(@Parameter(description = "The assessment's id (a UUID)") @PathParam("id") String id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) String body, @Context UriInfo uri) throws JsonProcessingException {
        ShareLinkRequest request = request(contentType, body);
        Assessment assessment = assessments.find(uuid(id), callers.reader())
                .orElseThrow(() -> ProblemException.notFound("No assessment with id " + id));
        ShareLinkService.Minted minted = shareLinks.mint(KIND, assessment.id, token.getName(),
                request == null ? null : request.expiresInSeconds());
        String path = SharedReportResource.PATH + "/" + minted.token();
        URI url = uri.getBaseUriBuilder().path(path).build();
        return Response.created(url).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ShareLink(url.toString(), path, minted.expiresAt(), assessment.id)).build();
    }

    /** The body is optional: absent, empty or JSON {@code null} means the defaults. */
    private ShareLinkRequest request(String contentType, String body) throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (contentType != null && !MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new NotSupportedException("The body must be application/json");
        }
        ShareLinkRequest request = json.readValue(body, ShareLinkRequest.class);
        if (request == null) {
            return null;
        }
        Set<ConstraintViolation<ShareLinkRequest>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("No assessment with id " + id);
        }
    }
}
