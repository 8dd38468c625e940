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

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Roles;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.paging.PageRequest;
import io.launchcheck.api.problem.IdOf;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.domain.Assessment;
import io.launchcheck.gateway.domain.AssessmentBody;
import io.launchcheck.gateway.domain.AssessmentPage;
import io.launchcheck.gateway.domain.ReevaluationRequest;
import io.launchcheck.gateway.service.AssessmentService;
import io.launchcheck.gateway.service.NewAssessment;

/** The public assessment API: submit a deployment profile, read stored assessments, re-judge them. */
@Path("/api/v1/assessments")
@Tag(name = "Assessments", description = "May this AI app launch in these markets, for these users?")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
public class AssessmentResource {

    static final String PATH = "/api/v1/assessments/";

    private final AssessmentService assessments;
    private final ObjectMapper json;
    private final Validator validator;

    private final CallerResolver callers;

    public AssessmentResource(AssessmentService assessments, ObjectMapper json, Validator validator,
            CallerResolver callers) {
        this.callers = callers;
        this.assessments = assessments;
        this.json = json;
        this.validator = validator;
    }

    @RolesAllowed(Roles.PRODUCT_TEAM)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssessment", summary = "Assess a deployment profile",
            description = "Validates the profile, has the rules-service judge every target jurisdiction, combines the "
                    + "verdicts into `overall` (the worst of them: NON_COMPLIANT > NEEDS_REVIEW > COMPLIANT) and stores "
                    + "the assessment immutably. `ruleset` says which ruleset judged it: `stale` is true when the "
                    + "rules-service had not reached the registry lately and judged with the last ruleset it knew (confirmed "
                    + "current at `confirmedAt`), so rules changed since then are not in the verdict; re-evaluate once it is "
                    + "false. `understood` says how the vendor, model and operator were read. Codes may be written in any "
                    + "case and with surrounding spaces; the JSON is read strictly: an unknown field (the answer suggests "
                    + "the nearest known one), a field named twice, a number or boolean where a string is expected (or the "
                    + "reverse) and control characters in strings are refused with 400 naming the field. `asOf` defaults to "
                    + "today (UTC) and must lie between launchcheck.gateway.earliest-as-of and "
                    + "launchcheck.gateway.max-years-ahead years after today. Bodies over "
                    + "quarkus.http.limits.max-body-size are refused with 413. If any target "
                    + "cannot be judged the answer is 503 with Retry-After and nothing is stored. Every NON_COMPLIANT "
                    + "or NEEDS_REVIEW target carries `advice`: the smallest profile changes found that make it milder "
                    + "(store data in a country, self-host, another operator, a model of another developer, drop a "
                    + "segment or sector, no personal data), each verified by judging the changed profile against the "
                    + "same ruleset version, with the rules it clears and adds; `advice=false` leaves it out.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = DeploymentProfile.class),
            examples = {
                @ExampleObject(name = "deepseek", summary = "DeepSeek's API in Italy, Texas and Korea",
                        value = Examples.PROFILE),
                @ExampleObject(name = "hiring-screen", summary = "A hiring-screening app deployed in the EU: use cases "
                        + "and role let the EU AI Act's obligations be judged", value = Examples.HIRING_PROFILE)}))
    @APIResponse(responseCode = "201", description = "Assessed and stored",
            headers = @Header(name = "Location", description = "Where the stored assessment can be read",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentBody.class),
                    examples = @ExampleObject(name = "deepseek", value = Examples.ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "Invalid profile (the offending fields are named): unknown "
            + "jurisdiction, segment, sector, hosting mode, use case or role (the known values are listed), "
            + "impossible or out-of-range asOf, missing, empty or "
            + "duplicate targets, unknown or repeated fields (an unknown one with the nearest known field suggested), "
            + "a value of the wrong JSON type, control characters in a string, malformed JSON (with line and column)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {
                        @ExampleObject(name = "unknown jurisdiction", value = Examples.UNKNOWN_JURISDICTION),
                        @ExampleObject(name = "unknown use case", value = Examples.UNKNOWN_USE_CASE)}))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    @APIResponse(responseCode = "503", ref = ApiDocs.NOT_JUDGED)
    public Response assess(@NotNull(message = "a deployment profile is required") @Valid DeploymentProfile profile,
            @Parameter(description = "Whether to search verified advice for NON_COMPLIANT and NEEDS_REVIEW targets "
                    + "(true by default; false answers sooner)", schema = @Schema(type = SchemaType.BOOLEAN,
                            defaultValue = "true")) @QueryParam("advice") Boolean advice) {
        return created(assessments.assess(profile, callers.team(), !Boolean.FALSE.equals(advice)));
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getAssessment", summary = "Read a stored assessment",
            description = "Returns the assessment exactly as it was answered when it was made, byte for byte.")
    @APIResponse(responseCode = "200", description = "The stored assessment",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentBody.class),
                    examples = @ExampleObject(name = "deepseek", value = Examples.ASSESSMENT)))
    @APIResponse(responseCode = "400", description = "An id with control characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment with this id (or an id that is no UUID)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "503", ref = ApiDocs.DATABASE_DOWN)
    public Response get(@Parameter(description = "The assessment's id (a UUID)") @PathParam("id") @IdOf("assessment") UUID id) {
        Assessment assessment = assessments.find(id, callers.reader())
                .orElseThrow(() -> ProblemException.notFound("No assessment with id " + id));
        return Response.ok(assessment.body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listAssessments", summary = "List assessments, newest first",
            description = "A page of assessment summaries in the envelope `{items, page, size, total}`, newest "
                    + "first; `total` counts every match. Filter by app name (case-insensitive, exact), by "
                    + "overall verdict, and by `ruleId`: the launches a rule decided or will decide (it is among "
                    + "their findings or upcoming rules), which is how a compliance officer sees what a rule "
                    + "change affects. Product teams see their own team's assessments; auditors and compliance "
                    + "officers every team's.")
    @APIResponse(responseCode = "200", description = "A page of assessments",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentPage.class),
                    examples = @ExampleObject(name = "one page", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", description = "Unknown verdict, page or size out of range, or a control "
            + "character in a filter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown verdict", value = Examples.BAD_LIST_FILTER)))
    @APIResponse(responseCode = "503", ref = ApiDocs.DATABASE_DOWN)
    public Response list(
            @Parameter(description = "Only this app's assessments (case-insensitive)") @QueryParam("app") String app,
            @Parameter(description = "Only assessments with this overall verdict (any case)")
            @QueryParam("verdict") Verdict verdict,
            @Parameter(description = "Only assessments that cite this rule (e.g. it-garante-deepseek-processing-block) "
                    + "among their findings or upcoming rules") @QueryParam("ruleId") String ruleId,
            @Valid @BeanParam PageRequest paging) {
        AssessmentPage page = assessments.list(app, verdict, ruleId, callers.reader(), paging.page(), paging.size());
        return paging.answer(page, page.total());
    }

    @RolesAllowed(Roles.PRODUCT_TEAM)
    @POST
    @Path("/{id}/reevaluate")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reevaluateAssessment", summary = "Judge a stored assessment's profile again",
            description = "Judges the stored profile again on the same `asOf` (unless the body gives another) "
                    + "against the rules-service's current ruleset (unless the body pins `rulesetVersion`), stores "
                    + "the result as a new assessment linked by `reevaluatedFrom`, and answers it with `changes`: "
                    + "ruleset version, asOf and overall verdict before and after, and per jurisdiction the verdict "
                    + "before and after and the findings (by rule id) added and removed. The body is optional: none, an "
                    + "empty one and JSON `null` all mean no options.")
    @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ReevaluationRequest.class),
            examples = @ExampleObject(name = "pinned version", value = Examples.REEVALUATION)))
    @APIResponse(responseCode = "201", description = "Re-judged and stored as a new assessment",
            headers = @Header(name = "Location", description = "Where the new assessment can be read",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = AssessmentBody.class),
                    examples = @ExampleObject(name = "against version 41", value = Examples.REEVALUATED)))
    @APIResponse(responseCode = "400", description = "Invalid rulesetVersion or asOf",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No assessment with this id, or no such ruleset version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = Examples.NOT_FOUND)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    @APIResponse(responseCode = "503", ref = ApiDocs.NOT_JUDGED)
    @Consumes(MediaType.WILDCARD)
    public Response reevaluate(@Parameter(description = "The assessment's id (a UUID)") @PathParam("id") @IdOf("assessment") UUID id,
            @Parameter(hidden = true) @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(hidden = true) String body) throws JsonProcessingException {
        // the body is optional, so it is read here: absent, empty or JSON null means "no options"
        ReevaluationRequest options = OptionalBody.read(json, validator, contentType, body, ReevaluationRequest.class);
        return created(assessments.reevaluate(id, options, callers.reader()));
    }

    private static Response created(NewAssessment assessment) {
        return Response.created(URI.create(PATH + assessment.id()))
                .entity(assessment.body()).type(MediaType.APPLICATION_JSON_TYPE).build();
    }
}
