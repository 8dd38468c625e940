package io.launchcheck.gateway.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.launchcheck.api.Roles;
import io.launchcheck.api.problem.IdOf;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.gateway.service.AssessmentService;

/** Mints share links: whoever may read an assessment may let a browser read its report page for a while. */
@Path("/api/v1/assessments/{id}/share-links")
@Tag(name = "Reports")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
public class ShareLinkResource {

    private final AssessmentService assessments;
    private final ShareLinks links;

    public ShareLinkResource(AssessmentService assessments, ShareLinks links) {
        this.assessments = assessments;
        this.links = links;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createShareLink", summary = "Mint a share link to an assessment's report page",
            description = "A signed link (`/reports/{token}`, served by getSharedReport) that opens the assessment's "
                    + "report page in a browser" + ShareLinkDocs.LIFETIME + " Whoever may read the assessment may "
                    + "mint one.")
    @RequestBody(ref = ShareLinkDocs.REQUEST)
    @APIResponse(responseCode = "201", ref = ShareLinkDocs.MINTED)
    @APIResponse(responseCode = "400", ref = ShareLinkDocs.BAD_LIFETIME)
    @APIResponse(responseCode = "404", description = "No assessment with this id that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "503", ref = ApiDocs.DATABASE_DOWN)
    public Response mint(@Parameter(description = "The assessment's id (a UUID)") @PathParam("id") @IdOf("assessment") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) String body, @Context UriInfo uri) throws JsonProcessingException {
        return links.mint(ShareLinks.Kind.ASSESSMENT, id, contentType, body, uri, assessments::find);
    }
}
