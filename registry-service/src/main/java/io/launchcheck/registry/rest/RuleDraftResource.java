package io.launchcheck.registry.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

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

import io.launchcheck.api.Roles;
import io.launchcheck.api.RuleTestReport;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.registry.domain.DraftStatus;
import io.launchcheck.registry.service.RuleDraft;
import io.launchcheck.registry.service.RuleDraftRequest;
import io.launchcheck.registry.service.RuleDraftService;

@Path("/api/v1/rule-drafts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rule drafts", description = "Rule changes saved but not published: no ruleset holds them, so the "
        + "rules-service never judges with them. Test them, preview their impact on stored assessments (gateway "
        + "POST /api/v1/impact-previews), then publish them (POST /api/v1/rule-publications).")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
public class RuleDraftResource {

    private final RuleDraftService drafts;
    private final ChangeContextResolver changeContexts;

    @Inject
    RuleDraftResource(RuleDraftService drafts,
            ChangeContextResolver changeContexts) {
        this.drafts = drafts;
        this.changeContexts = changeContexts;
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @POST
    @Operation(operationId = "createRuleDraft", summary = "Save a rule change as a draft",
            description = "UPSERT (the default) creates or replaces the rule given in rule; DELETE removes ruleId. The "
                    + "rule is validated as for POST /api/v1/rules; its tests are run against the published ruleset with "
                    + "the draft in place and reported in tests, but a failing test does not stop saving a draft (it "
                    + "stops publishing it). The published rule's version is kept as baseVersion.")
    @RequestBody(content = @Content(schema = @Schema(implementation = RuleDraftRequest.class),
            examples = @ExampleObject(name = "replace a rule", value = Examples.DRAFT_REQUEST)))
    @APIResponse(responseCode = "201", description = "Saved; Location names the draft",
            headers = @Header(name = "Location", description = "Where the draft can be read", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = RuleDraft.class),
                    examples = @ExampleObject(name = "draft", value = Examples.DRAFT)))
    @APIResponse(responseCode = "422", description = "Invalid rule (unknown references, contradicting fields, undated tests), or no rule to delete",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown vendor", value = Examples.VALIDATION_PROBLEM)))
    public Response create(@Valid @NotNull RuleDraftRequest request, @Context HttpHeaders headers, @Context UriInfo uri) {
        RuleDraft draft = drafts.create(request, changeContexts.resolve(headers));
        URI location = UriBuilder.fromUri(uri.getBaseUri()).path("api/v1/rule-drafts/{id}").build(draft.id());
        return Response.created(location).entity(draft).build();
    }

    @GET
    @Operation(operationId = "listRuleDrafts", summary = "List rule drafts",
            description = "Oldest first; status narrows (OPEN, PUBLISHED, DISCARDED). Tests are not run for a listing.")
    @APIResponse(responseCode = "200", description = "The drafts",
            content = @Content(schema = @Schema(implementation = RuleDraft.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "drafts", value = Examples.DRAFT_LIST)))
    @APIResponse(responseCode = "400", description = "Unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad status", value = Examples.BAD_REQUEST_PROBLEM)))
    public List<RuleDraft> list(@Parameter(description = "OPEN, PUBLISHED or DISCARDED (any case)",
            schema = @Schema(implementation = DraftStatus.class)) @QueryParam("status") DraftStatus status) {
        return drafts.list(status);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRuleDraft", summary = "Get a rule draft",
            description = "An open UPSERT draft comes with its tests run now against the published ruleset.")
    @APIResponse(responseCode = "200", description = "The draft",
            content = @Content(schema = @Schema(implementation = RuleDraft.class),
                    examples = @ExampleObject(name = "draft", value = Examples.DRAFT)))
    @APIResponse(responseCode = "404", description = "No such draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public RuleDraft get(@PathParam("id") UUID id) {
        return drafts.get(id);
    }

    @POST
    @Path("/{id}/tests")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "testRuleDraft", summary = "Test a draft rule",
            description = "Runs the draft rule's tests through the rules engine against the published ruleset with the "
                    + "draft in place: each case's expected and actual verdict and whether the rule matched. Reads only.")
    @APIResponse(responseCode = "200", description = "Each case with expected and actual results",
            content = @Content(schema = @Schema(implementation = RuleTestReport.class),
                    examples = @ExampleObject(name = "one case failing", value = Examples.RULE_TEST_REPORT)))
    @APIResponse(responseCode = "404", description = "No such draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "422", description = "The draft deletes its rule: there is nothing to test",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "deletion", value = Examples.VALIDATION_PROBLEM)))
    public RuleTestReport test(@PathParam("id") UUID id) {
        return drafts.test(id);
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "discardRuleDraft", summary = "Discard an open draft",
            description = "The draft is kept with status DISCARDED and who discarded it; nothing is published.")
    @APIResponse(responseCode = "204", description = "Discarded")
    @APIResponse(responseCode = "404", description = "No such draft",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "409", description = "The draft is already published or discarded",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not open", value = Examples.DRAFT_CONFLICT_PROBLEM)))
    public Response discard(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        drafts.discard(id, changeContexts.resolve(headers));
        return Response.noContent().build();
    }
}
