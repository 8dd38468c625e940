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
import io.launchcheck.gateway.service.AssessmentService;

/** An assessment's report page for API clients: the same bearer token and the same rules as reading it. */
@Path("/api/v1/assessments/{id}/report")
@Tag(name = "Reports", description = "Human-readable report pages and the share links that open them in a browser")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
public class AssessmentReportResource {

    private final AssessmentService assessments;
    private final CallerResolver callers;
    private final ReportViews views;

    public AssessmentReportResource(AssessmentService assessments, CallerResolver callers, ReportViews views) {
        this.assessments = assessments;
        this.callers = callers;
        this.views = views;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(operationId = "getAssessmentReport", summary = "An assessment's report page (HTML)",
            description = "The assessment as a page for people: a world map coloured by verdict (Natural Earth "
                    + "shapes), the findings with legal basis, sources and confidence, the upcoming dates on a "
                    + "timeline, advice where the assessment carries it, and the ruleset version. Readable on a phone "
                    + "and printable; no script. Who may read it is who may read the assessment (a product team its "
                    + "own team's; another team's is 404). For a browser without a token, mint a share link "
                    + "(createShareLink).")
    @APIResponse(responseCode = "200", description = "The report page",
            content = @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "deepseek", value = ReportExamples.PAGE)))
    @APIResponse(responseCode = "404", description = "No assessment with this id that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "406", description = "The Accept header does not allow text/html (the page has no "
            + "other representation; read the assessment as JSON with getAssessment)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "JSON asked for", value = ReportExamples.NOT_ACCEPTABLE)))
    @APIResponse(responseCode = "503", ref = ApiDocs.DATABASE_DOWN)
    public Response page(@Parameter(description = "The assessment's id (a UUID)") @PathParam("id") @IdOf("assessment") UUID id) {
        return assessments.find(id, callers.reader())
                .map(assessment -> ReportTemplates.page(Response.Status.OK,
                        ReportTemplates.report(views.assessment(assessment), null)))
                .orElseThrow(() -> ShareLinks.Kind.ASSESSMENT.notFound(id));
    }
}
