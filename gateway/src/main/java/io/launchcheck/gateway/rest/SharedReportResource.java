package io.launchcheck.gateway.rest;

import java.util.Optional;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.problem.Problem;
import io.launchcheck.gateway.domain.Caller;
import io.launchcheck.gateway.report.ReportView;
import io.launchcheck.gateway.report.ReportViews;
import io.launchcheck.gateway.service.AssessmentService;
import io.launchcheck.gateway.service.LaunchMapService;
import io.launchcheck.gateway.service.ShareLinkService;

/**
 * Report pages opened with a share link, for browsers: the signed token in the address is the only credential.
 * A link shows an assessment's or a launch map's page, as its {@code report} claim says. A missing, altered, expired
 * or foreign token gets the same refusal page, whatever it names.
 */
@Path(SharedReportResource.PATH)
@Tag(name = "Reports")
@PermitAll
public class SharedReportResource {

    static final String PATH = "/reports";

    private final ShareLinkService shareLinks;
    private final AssessmentService assessments;
    private final LaunchMapService launchMaps;
    private final ReportViews views;

    public SharedReportResource(ShareLinkService shareLinks, AssessmentService assessments,
            LaunchMapService launchMaps, ReportViews views) {
        this.shareLinks = shareLinks;
        this.assessments = assessments;
        this.launchMaps = launchMaps;
        this.views = views;
    }

    @GET
    @Path("/{token}")
    @Produces(MediaType.TEXT_HTML)
    @SecurityRequirementsSet({})
    @Operation(operationId = "getSharedReport", summary = "A report page opened with a share link (HTML)",
            description = "The report page (as getAssessmentReport or getLaunchMapReport) for whoever holds a share "
                    + "link minted with createShareLink or createLaunchMapShareLink; no bearer token. A token that is altered, expired, signed by another key or "
                    + "not a share link is refused with 403 and a page that does not tell which, nor whether what it "
                    + "names exists.")
    @APIResponse(responseCode = "200", description = "The report page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "deepseek", value = ReportExamples.PAGE)))
    @APIResponse(responseCode = "403", description = "Not a valid share link (altered, expired, signed by another "
            + "key, or an API token)",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "refused", value = ReportExamples.REFUSED)))
    @APIResponse(responseCode = "404", description = "The link is valid but what it showed is gone",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow text/html (the page has no "
            + "other representation; read the assessment as JSON with getAssessment)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "JSON asked for", value = ReportExamples.NOT_ACCEPTABLE)))
    @APIResponse(responseCode = "503", description = "The gateway's database cannot be reached; try again later",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response page(@Parameter(description = "The share link's signed token") @PathParam("token") String token) {
        Optional<ShareLinkService.SharedReport> shared = shareLinks.verify(token);
        ShareLinks.Kind kind = shared.map(link -> ShareLinks.Kind.ofClaim(link.kind())).orElse(null);
        if (kind == null) {
            return ReportTemplates.page(Response.Status.FORBIDDEN, ReportTemplates.refused("This link is not valid",
                    "It has expired or was altered. Ask whoever shared it for a new one."));
        }
        UUID id = shared.get().id();
        Optional<ReportView> view = switch (kind) {
            case ASSESSMENT -> assessments.find(id, Caller.allTeams()).map(views::assessment);
            case LAUNCH_MAP -> launchMaps.find(id, Caller.allTeams()).map(views::launchMap);
        };
        return view.map(report -> ReportTemplates.page(Response.Status.OK,
                        ReportTemplates.report(report, ReportView.timestamp(shared.get().expiresAt()))))
                .orElseGet(() -> ReportTemplates.page(Response.Status.NOT_FOUND, ReportTemplates.refused(
                        "Nothing to show", "What this link showed is no longer there.")));
    }
}
