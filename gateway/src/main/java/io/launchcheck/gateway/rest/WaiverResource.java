package io.launchcheck.gateway.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import io.launchcheck.api.paging.PageRequest;
import io.launchcheck.api.problem.IdOf;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.domain.Waiver;
import io.launchcheck.gateway.domain.WaiverDecision;
import io.launchcheck.gateway.domain.WaiverPage;
import io.launchcheck.gateway.domain.WaiverRequest;
import io.launchcheck.gateway.domain.WaiverView;
import io.launchcheck.gateway.service.WaiverService;

/** Waivers: a justified, expiring exception to one rule for one app in one target jurisdiction, decided by four eyes. */
@Path("/api/v1/waivers")
@Tag(name = "Waivers", description = "Expiring, approved exceptions to a rule for one app; waived findings are still "
        + "reported, marked `waived`, and do not count toward the verdict")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
public class WaiverResource {

    static final String PATH = "/api/v1/waivers/";

    private final WaiverService waivers;
    private final CallerResolver callers;
    private final ObjectMapper json;
    private final Validator validator;

    public WaiverResource(WaiverService waivers, CallerResolver callers, ObjectMapper json, Validator validator) {
        this.waivers = waivers;
        this.callers = callers;
        this.json = json;
        this.validator = validator;
    }

    @RolesAllowed({Roles.PRODUCT_TEAM, Roles.COMPLIANCE_OFFICER})
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "requestWaiver", summary = "Request a waiver",
            description = "A product team asks that the findings of one rule (`ruleId`) in one target jurisdiction "
                    + "(`jurisdiction`, as in the profile's targets) of one of its apps (`app`, case-insensitive) not "
                    + "count toward the verdict, with a justification and a reference (ticket, agreement, an "
                    + "authority's letter). The team is the token's `team`; a compliance officer may request on a "
                    + "team's behalf and then names `team`. `expiresAt` is required, must lie in the future and at most "
                    + "launchcheck.waivers.max-days days ahead. The waiver is REQUESTED until a compliance "
                    + "officer other than the requester approves or rejects it. The history records the token's subject.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WaiverRequest.class),
            examples = @ExampleObject(name = "Garante letter", value = WaiverExamples.REQUEST)))
    @APIResponse(responseCode = "201", description = "Requested",
            headers = @Header(name = "Location", description = "Where the waiver can be read",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaiverView.class),
                    examples = @ExampleObject(name = "requested", value = WaiverExamples.REQUESTED)))
    @APIResponse(responseCode = "400", description = "A required field missing (expiresAt included), a malformed "
            + "jurisdiction, an unknown field, a field of the wrong type, or no team named by an officer",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no expiry", value = WaiverExamples.MISSING_EXPIRY)))
    @APIResponse(responseCode = "403", description = "Not a product team or compliance officer, a product-team token "
            + "without a team, or a product team naming another team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    @APIResponse(responseCode = "422", description = "expiresAt in the past or further ahead than launchcheck.waivers.max-days",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "too long", value = WaiverExamples.TOO_LONG)))
    public Response request(@NotNull(message = "a waiver request is required") @Valid WaiverRequest request) {
        WaiverView created = waivers.request(request, callers.actor());
        return Response.created(URI.create(PATH + created.id())).entity(created).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listWaivers", summary = "List waivers, newest request first",
            description = "Product teams see their own team's waivers; auditors and compliance officers every "
                    + "team's. `active=true` lists the waivers that cover findings now (approved, not revoked, not "
                    + "expired): what `launchcheck check --offline --waivers FILE` takes. `status` EXPIRED means "
                    + "approved with its expiry passed.")
    @APIResponse(responseCode = "200", description = "A page of waivers with their history",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaiverPage.class),
                    examples = @ExampleObject(name = "one page", value = WaiverExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown status, or page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response list(
            @Parameter(description = "Only this app's waivers (case-insensitive)") @QueryParam("app") String app,
            @Parameter(description = "Only this team's waivers (officers and auditors)") @QueryParam("team") String team,
            @Parameter(description = "Only waivers in this state (any case)") @QueryParam("status") Waiver.Status status,
            @Parameter(description = "true: only waivers covering findings now; false: only the others")
            @QueryParam("active") Boolean active,
            @Valid @BeanParam PageRequest paging) {
        WaiverPage page = waivers.list(app, team, status, active, callers.actor(), paging.page(), paging.size());
        return paging.answer(page, page.total());
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getWaiver", summary = "Read a waiver with its whole history",
            description = "Another team's waiver does not exist for a product team (404).")
    @APIResponse(responseCode = "200", description = "The waiver",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaiverView.class),
                    examples = @ExampleObject(name = "approved", value = WaiverExamples.APPROVED)))
    @APIResponse(responseCode = "404", description = "No waiver with this id that the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown", value = WaiverExamples.NOT_FOUND)))
    public WaiverView get(@Parameter(description = "The waiver's id (a UUID)") @PathParam("id") @IdOf("waiver") UUID id) {
        return waivers.find(id, callers.actor())
                .orElseThrow(() -> ProblemException.notFound("No waiver with id " + id));
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "approveWaiver", summary = "Approve a requested waiver (four eyes)",
            description = "A compliance officer other than the requester approves it; from now until `expiresAt` it "
                    + "covers the matching findings of every new assessment, re-evaluation and launch map. The body is "
                    + "optional: a `comment` for the history and an `expiresAt` earlier than the requested one.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WaiverDecision.class),
            examples = @ExampleObject(name = "shortened", value = WaiverExamples.APPROVAL)))
    @APIResponse(responseCode = "200", description = "Approved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaiverView.class),
                    examples = @ExampleObject(name = "approved", value = WaiverExamples.APPROVED)))
    @APIResponse(responseCode = "400", description = "A malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a compliance officer, or the officer requested this waiver",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "four eyes", value = WaiverExamples.FOUR_EYES)))
    @APIResponse(responseCode = "404", description = "No waiver with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided, or its requested expiry has passed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "decided", value = WaiverExamples.NOT_REQUESTED)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    @APIResponse(responseCode = "422", description = "expiresAt after the requested one, in the past, or beyond max-days",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public WaiverView approve(@Parameter(description = "The waiver's id (a UUID)") @PathParam("id") @IdOf("waiver") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) String body) throws JsonProcessingException {
        return waivers.approve(id, decision(contentType, body), callers.actor());
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rejectWaiver", summary = "Reject a requested waiver (four eyes)",
            description = "A compliance officer other than the requester rejects it; the body is optional (`comment`).")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WaiverDecision.class),
            examples = @ExampleObject(name = "why", value = WaiverExamples.REVOCATION)))
    @APIResponse(responseCode = "200", description = "Rejected",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaiverView.class)))
    @APIResponse(responseCode = "400", description = "A malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Not a compliance officer, or the officer requested this waiver",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No waiver with this id",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already decided",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    public WaiverView reject(@Parameter(description = "The waiver's id (a UUID)") @PathParam("id") @IdOf("waiver") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) String body) throws JsonProcessingException {
        return waivers.reject(id, decision(contentType, body), callers.actor());
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.PRODUCT_TEAM})
    @POST
    @Path("/{id}/revoke")
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeWaiver", summary = "Revoke an approved waiver",
            description = "A compliance officer, or the team the waiver belongs to, ends it at once: from this "
                    + "moment no judgement counts it. If the verdict of the team's latest assessment of the app "
                    + "changes, the team is told (feed and webhook). The body is optional (`comment`).")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = WaiverDecision.class),
            examples = @ExampleObject(name = "withdrawn", value = WaiverExamples.REVOCATION)))
    @APIResponse(responseCode = "200", description = "Revoked",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WaiverView.class)))
    @APIResponse(responseCode = "400", description = "A malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Neither a compliance officer nor a product team",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No waiver with this id that the caller may see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not approved, already revoked, or expired",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    public WaiverView revoke(@Parameter(description = "The waiver's id (a UUID)") @PathParam("id") @IdOf("waiver") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) String body) throws JsonProcessingException {
        return waivers.revoke(id, decision(contentType, body), callers.actor());
    }

    private WaiverDecision decision(String contentType, String body) throws JsonProcessingException {
        return OptionalBody.read(json, validator, contentType, body, WaiverDecision.class);
    }
}
