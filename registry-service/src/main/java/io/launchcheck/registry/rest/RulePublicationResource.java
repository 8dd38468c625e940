package io.launchcheck.registry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.registry.service.ChangeContext;
import io.launchcheck.registry.service.RuleDraftService;
import io.launchcheck.api.RulePublication;

@Path("/api/v1/rule-publications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rule drafts")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class RulePublicationResource {

    private final RuleDraftService drafts;
    private final ChangeContextResolver changeContexts;

    @Inject
    RulePublicationResource(RuleDraftService drafts,
            ChangeContextResolver changeContexts) {
        this.drafts = drafts;
        this.changeContexts = changeContexts;
    }

    @POST
    @Operation(operationId = "publishRuleDrafts", summary = "Publish rule drafts",
            description = "Applies open drafts as one change: one new ruleset version, each rule's change in its history "
                    + "with the token's subject as actor and the reason (body, else X-Change-Reason, else the draft's). "
                    + "All or nothing: refused when a draft is not open or its rule changed since the draft was saved "
                    + "(409), or when a rule test fails with the drafts in place (422). The rules-service picks the new "
                    + "version up as for any change.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RulePublication.Request.class),
            examples = @ExampleObject(name = "publish", value = Examples.PUBLICATION_REQUEST)))
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(schema = @Schema(implementation = RulePublication.class),
                    examples = @ExampleObject(name = "published", value = Examples.PUBLICATION)))
    @APIResponse(responseCode = "409", description = "A draft is not open, two drafts change one rule, or a rule changed since its draft was saved",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "rule moved on", value = Examples.DRAFT_CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "422", description = "An unknown draft, an invalid draft rule, or failing rule tests (each case named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "failing rule test", value = Examples.RULE_TESTS_FAILED_PROBLEM)))
    public RulePublication publish(@Valid @NotNull RulePublication.Request request, @Context HttpHeaders headers) {
        ChangeContext context = changeContexts.resolve(headers);
        if (request.reason() != null && !request.reason().isBlank()) {
            context = new ChangeContext(context.actor(), request.reason().strip());
        }
        return drafts.publish(request, context);
    }
}
