package io.launchcheck.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.RulePreview;
import io.launchcheck.api.RulePreviewRequest;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.registry.service.RuleDraftService;

@Path("/api/v1/rule-previews")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rule drafts")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
public class RulePreviewResource {

    private final RuleDraftService drafts;

    @Inject
    RulePreviewResource(RuleDraftService drafts) {
        this.drafts = drafts;
    }

    @POST
    @Operation(operationId = "previewRuleDrafts", summary = "Judge profiles with and without drafts",
            description = "Judges each profile, in-process with the rules engine, against the published ruleset and "
                    + "against the published ruleset with the drafts, with the same vendors, models and jurisdictions and "
                    + "on the same day (asOf, default today), and lists every target whose verdict would change. Only the "
                    + "targets a draft's rule is handed to (reached, and its subject covers the app) are judged; a profile "
                    + "without any is counted as unaffected (its verdicts cannot differ); profiles that cannot be "
                    + "judged are listed in unjudged. Nothing is stored. The gateway's POST /api/v1/impact-previews sends "
                    + "the latest stored assessment of every app here, up to 5000 profiles a call.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RulePreviewRequest.class),
            examples = @ExampleObject(name = "one profile", value = Examples.PREVIEW_REQUEST)))
    @APIResponse(responseCode = "200", description = "The targets whose verdict would change",
            content = @Content(schema = @Schema(implementation = RulePreview.class),
                    examples = @ExampleObject(name = "one change", value = Examples.PREVIEW)))
    @APIResponse(responseCode = "409", description = "A draft is not open",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not open", value = Examples.DRAFT_CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "422", description = "An unknown draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown draft", value = Examples.VALIDATION_PROBLEM)))
    public RulePreview preview(@Valid @NotNull RulePreviewRequest request) {
        return drafts.preview(request);
    }
}
