package io.launchcheck.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.RulePublication;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.gateway.domain.ImpactPreview;
import io.launchcheck.gateway.domain.ImpactPreviewRequest;
import io.launchcheck.gateway.domain.RulePublicationOutcome;
import io.launchcheck.gateway.service.ImpactService;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rule impact", description = "For compliance officers: which verdicts of the teams' latest assessments "
        + "rule drafts (kept in the registry, POST /api/v1/rule-drafts there) would change, and publishing them.")
public class ImpactResource {

    private final ImpactService impact;

    public ImpactResource(ImpactService impact) {
        this.impact = impact;
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    @POST
    @Path("/impact-previews")
    @Operation(operationId = "previewRuleImpact", summary = "Which verdicts rule drafts would change",
            description = "Takes the latest stored assessment of every app of every team and has the registry judge its "
                    + "profile against the published ruleset and against it with the drafts, with the same vendors, models "
                    + "and jurisdictions, on asOf (default today, UTC, for every profile). Answers every target whose "
                    + "verdict would change, and the counts per team and jurisdiction. Nothing is stored or published; "
                    + "assessments whose profile can no longer be judged are listed in unjudged.")
    @RequestBody(content = @Content(schema = @Schema(implementation = ImpactPreviewRequest.class),
            examples = @ExampleObject(name = "one draft", value = ImpactExamples.PREVIEW_REQUEST)))
    @APIResponse(responseCode = "200", description = "The verdicts that would change",
            content = @Content(schema = @Schema(implementation = ImpactPreview.class),
                    examples = @ExampleObject(name = "two teams", value = ImpactExamples.PREVIEW)))
    @APIResponse(responseCode = "409", description = "A draft is not open, or the published ruleset changed while the preview ran",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not open", value = ImpactExamples.DRAFT_NOT_OPEN)))
    @APIResponse(responseCode = "422", description = "An unknown draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown draft", value = ImpactExamples.UNKNOWN_DRAFT)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    @APIResponse(responseCode = "503", ref = ApiDocs.REGISTRY_DOWN)
    public ImpactPreview preview(@Valid @NotNull ImpactPreviewRequest request,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return impact.preview(request, authorization);
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @POST
    @Path("/rule-publications")
    @Operation(operationId = "publishRuleDraftsWithImpact", summary = "Publish rule drafts and tell who they affect",
            description = "Previews the drafts on today's date (as POST /api/v1/impact-previews), then has the registry "
                    + "publish them as the caller (one ruleset version, each change in the rule history with the token's "
                    + "subject), then hands the verdict changes to the teams' notifications. Answers the publication and "
                    + "the changes. The registry refuses drafts that are not open or whose rule moved on (409) and failing "
                    + "rule tests (422); then nothing is published.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RulePublication.Request.class),
            examples = @ExampleObject(name = "publish", value = ImpactExamples.PUBLICATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Published, with the verdicts it changed",
            content = @Content(schema = @Schema(implementation = RulePublicationOutcome.class),
                    examples = @ExampleObject(name = "published", value = ImpactExamples.PUBLICATION)))
    @APIResponse(responseCode = "409", description = "A draft is not open or its rule changed since it was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not open", value = ImpactExamples.DRAFT_NOT_OPEN)))
    @APIResponse(responseCode = "422", description = "An unknown draft, an invalid draft rule or failing rule tests",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown draft", value = ImpactExamples.UNKNOWN_DRAFT)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    @APIResponse(responseCode = "503", ref = ApiDocs.REGISTRY_DOWN)
    public RulePublicationOutcome publish(@Valid @NotNull RulePublication.Request request,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        return impact.publish(request, authorization);
    }
}
