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
import io.launchcheck.gateway.service.LaunchMapService;

/**
 * Mints share links to launch maps' report pages, through the same {@link ShareLinks} as assessments' links: whoever
 * may read a launch map may let a browser read its page for a while.
 */
@Path("/api/v1/launch-maps/{id}/share-links")
@Tag(name = "Reports")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
public class LaunchMapShareLinkResource {

    private final LaunchMapService launchMaps;
    private final ShareLinks links;

    public LaunchMapShareLinkResource(LaunchMapService launchMaps, ShareLinks links) {
        this.launchMaps = launchMaps;
        this.links = links;
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLaunchMapShareLink", summary = "Mint a share link to a launch map's report page",
            description = "As createShareLink, for a launch map: a signed link (`/reports/{token}`, served by "
                    + "getSharedReport) that opens the launch map's report page in a browser" + ShareLinkDocs.LIFETIME
                    + " Whoever may read the launch map may mint one; the answer names it as `launchMapId`.")
    @RequestBody(ref = ShareLinkDocs.REQUEST)
    @APIResponse(responseCode = "201", ref = ShareLinkDocs.MINTED)
    @APIResponse(responseCode = "400", ref = ShareLinkDocs.BAD_LIFETIME)
    @APIResponse(responseCode = "404", description = "No launch map with this id that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = LaunchMapExamples.NOT_FOUND)))
    @APIResponse(responseCode = "503", ref = ApiDocs.DATABASE_DOWN)
    public Response mint(@Parameter(description = "The launch map's id (a UUID)") @PathParam("id") @IdOf("launch map") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) String body, @Context UriInfo uri) throws JsonProcessingException {
        return links.mint(ShareLinks.Kind.LAUNCH_MAP, id, contentType, body, uri, launchMaps::find);
    }
}
