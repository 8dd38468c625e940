package io.launchcheck.gateway.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.problem.IdOf;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.gateway.report.ReportViews;
import io.launchcheck.gateway.service.LaunchMapService;

/** A launch map's report page for API clients: the same bearer token and the same rules as reading the launch map. */
@Path("/api/v1/launch-maps/{id}/report")
@Tag(name = "Reports")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
public class LaunchMapReportResource {

    private final LaunchMapService launchMaps;
    private final CallerResolver callers;
    private final ReportViews views;

    public LaunchMapReportResource(LaunchMapService launchMaps, CallerResolver callers, ReportViews views) {
        this.launchMaps = launchMaps;
        this.callers = callers;
        this.views = views;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getLaunchMapReport", summary = "A launch map's report page (HTML)",
            description = "The launch map as a page for people, from the stored answer as it was made: its scope under "
                    + "the title, the world map with every jurisdiction of the scope coloured by its verdict, the totals "
                    + "per verdict, per jurisdiction the deciding rules (with legal basis, sources and confidence), the "
                    + "upcoming dates on a timeline, the verified advice, and the ruleset version. A finding several "
                    + "jurisdictions share (same rule, same texts, e.g. an EU rule in each member) is shown once, naming "
                    + "them, and each of them refers to it; the rules that could not be checked (no useCases or role "
                    + "stated) are shown once each with the jurisdictions they reached, also for launch maps stored "
                    + "with a notChecked per result. The same page as "
                    + "getAssessmentReport: readable on a phone, printable, no script. Who may read it is who may read "
                    + "the launch map (a product team its own team's; another team's is 404). For a browser without a "
                    + "token, mint a share link (createLaunchMapShareLink).")
    @APIResponse(responseCode = "200", description = "The report page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "eu", value = ReportExamples.LAUNCH_MAP_PAGE)))
    @APIResponse(responseCode = "404", description = "No launch map with this id that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = LaunchMapExamples.NOT_FOUND)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow text/html (the page has no "
            + "other representation; read the launch map as JSON with getLaunchMap)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "JSON asked for", value = ReportExamples.NOT_ACCEPTABLE)))
    @APIResponse(responseCode = "503", ref = ApiDocs.DATABASE_DOWN)
    public Response page(@Parameter(description = "The launch map's id (a UUID)") @PathParam("id") @IdOf("launch map") UUID id) {
        return launchMaps.find(id, callers.reader())
                .map(map -> ReportTemplates.page(Response.Status.OK, ReportTemplates.report(views.launchMap(map), null)))
                .orElseThrow(() -> ShareLinks.Kind.LAUNCH_MAP.notFound(id));
    }
}
