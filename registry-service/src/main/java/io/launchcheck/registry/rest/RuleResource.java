package io.launchcheck.registry.rest;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.paging.PageRequest;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.service.RuleChange;
import io.launchcheck.registry.service.RuleService;
import io.launchcheck.registry.service.RuleTestCoverage;
import io.launchcheck.registry.service.RuleTestService;
import io.launchcheck.api.RuleTestReport;

@Path("/api/v1/rules")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rules", description = "Per-jurisdiction rules kept by compliance officers. Every change moves the ruleset "
        + "version and is kept in the rule's history. Changes name their author in X-Actor and their reason in "
        + "X-Change-Reason; changes to an existing rule need If-Match with the ETag that was read.")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM})
public class RuleResource {

    static final String TOTAL_COUNT = PageRequest.TOTAL_COUNT;

    private final RuleService rules;
    private final ChangeContextResolver changeContexts;
    private final RuleTestService ruleTests;

    @Inject
    RuleResource(RuleService rules,
            ChangeContextResolver changeContexts,
            RuleTestService ruleTests) {
        this.rules = rules;
        this.changeContexts = changeContexts;
        this.ruleTests = ruleTests;
    }

    @GET
    @Operation(operationId = "listRules",
            summary = "List rules", description = "Rules ordered by id, one page at a time (page from 0), as a JSON "
            + "array. The total number of matching rules is in the X-Total-Count header; Link names the next and "
            + "previous pages. "
            + "jurisdiction with related=true also lists the rules that reach that jurisdiction: its country, its "
            + "blocs, its subdivisions or, for a bloc, its members and their subdivisions. vendor accepts any "
            + "name, alias or legal entity; an unknown vendor matches no rule. inForceOn keeps rules in force on "
            + "that day (started, not ended, not PROPOSED). reviewOverdue=true keeps the rules overdue for review: last "
            + "checked against their sources (reviewedOn) longer ago than launchcheck.registry.review-max-age, "
            + "or never; reviewOverdue=false keeps the others. Freshness never changes a verdict.")
    @APIResponse(responseCode = "200", description = "A page of rules",
            content = @Content(schema = @Schema(implementation = Rule.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "rules", value = Examples.RULE_LIST)))
    @APIResponse(responseCode = "400", description = "Unknown jurisdiction, kind or status, bad date or page",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad filter", value = Examples.BAD_REQUEST_PROBLEM)))
    public Response list(
            @Parameter(description = "Jurisdiction code, e.g. US-TX, IT, EU (any case)") @QueryParam("jurisdiction") String jurisdiction,
            @Parameter(description = "Also the rules of related jurisdictions (parent, blocs, subdivisions, members)") @QueryParam("related") @DefaultValue("false") boolean related,
            @Parameter(description = "Rule kind, e.g. NATIONWIDE_BAN (any case)",
                    schema = @Schema(implementation = RuleKind.class)) @QueryParam("kind") RuleKind kind,
            @Parameter(description = "IN_FORCE, PROPOSED or LIFTED (any case)",
                    schema = @Schema(implementation = RuleStatus.class)) @QueryParam("status") RuleStatus status,
            @Parameter(description = "Vendor id, name, alias or legal entity (case-insensitive)") @QueryParam("vendor") String vendor,
            @Parameter(description = "Only rules in force on this day (YYYY-MM-DD)",
                    schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("inForceOn") LocalDate inForceOn,
            @Parameter(description = "true: only rules overdue for review (reviewedOn older than the configured maximum age, or missing); false: only the others") @QueryParam("reviewOverdue") Boolean reviewOverdue,
            @Valid @BeanParam PageRequest paging) {
        RuleService.Page result = rules.list(new RuleService.Query(jurisdiction, related,
                kind, status, vendor, inForceOn, reviewOverdue, paging.page(), paging.size()));
        return paging.answer(result.rules(), result.total());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRule",
            summary = "Get a rule", description = "The ETag header carries the rule's version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The rule",
            headers = @Header(name = "ETag", description = "The rule's version in quotes, e.g. \"3\"", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Rule.class),
                    examples = @ExampleObject(name = "rule", value = Examples.RULE)))
    @APIResponse(responseCode = "404", description = "No such rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public Response get(@PathParam("id") String id) {
        Rule rule = rules.get(id);
        return Response.ok(rule).tag(etag(rule)).build();
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @POST
    @Operation(operationId = "createRule",
            summary = "Create a rule", description = "Codes are read in any case; vendor names in subject.vendors "
            + "resolve to vendor ids. The version field is ignored. DATA_LOCALIZATION needs "
            + "requirement.storageCountries; CROSS_BORDER_TRANSFER needs requirement.allowedDestinations (an empty "
            + "list allows only the rule's own jurisdiction); LIFTED needs effectiveTo, which must be after effectiveFrom.")
    @APIResponse(responseCode = "201", description = "Created; Location names the rule, ETag its version",
            headers = {@Header(name = "Location", description = "Where the new rule can be read", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The rule's version in quotes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = Rule.class),
                    examples = @ExampleObject(name = "rule", value = Examples.RULE)))
    @APIResponse(responseCode = "400", description = "Malformed body, unknown enum value or field constraint broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown kind", value = Examples.BAD_REQUEST_PROBLEM)))
    @APIResponse(responseCode = "409", description = "A rule with this id exists",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate id", value = Examples.CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Unknown jurisdiction, vendor or country, fields that contradict each other, "
            + "an id reserved for examples (example-...), or rule tests that fail with the rule in place (each failing "
            + "case named as tests[i], or rules[<id>].tests[i] for another rule's test it breaks)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown vendor", value = Examples.VALIDATION_PROBLEM),
                            @ExampleObject(name = "failing rule test", value = Examples.RULE_TESTS_FAILED_PROBLEM)}))
    public Response create(@Valid @NotNull Rule rule, @Context HttpHeaders headers, @Context UriInfo uri) {
        Rule created = rules.create(rule, changeContexts.resolve(headers));
        URI location = UriBuilder.fromUri(uri.getBaseUri()).path("api/v1/rules/{id}").build(created.id());
        return Response.created(location).tag(etag(created)).entity(created).build();
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceRule",
            summary = "Replace a rule", description = "Needs If-Match with the ETag that was read. A body equal to "
            + "the stored rule changes nothing and creates no ruleset version.")
    @APIResponse(responseCode = "200", description = "The rule as stored now, with its new ETag",
            headers = @Header(name = "ETag", description = "The rule's new version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Rule.class),
                    examples = @ExampleObject(name = "rule", value = Examples.RULE)))
    @APIResponse(responseCode = "400", description = "Invalid body, or the body's id differs from the path",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.BAD_REQUEST_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "412", description = "The rule changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION_FAILED_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Unknown references, contradicting fields, or rule tests that fail "
            + "with the new content (each failing case named)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "unknown vendor", value = Examples.VALIDATION_PROBLEM),
                            @ExampleObject(name = "failing rule test", value = Examples.RULE_TESTS_FAILED_PROBLEM)}))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = Examples.PRECONDITION_REQUIRED_PROBLEM)))
    public Response update(@PathParam("id") String id,
            @Parameter(description = "The ETag that was read, e.g. \"3\"") @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Rule rule, @Context HttpHeaders headers) {
        Long expected = ETags.expectedVersion(ifMatch);
        Rule updated = rules.update(id, rule, expected, changeContexts.resolve(headers));
        return Response.ok(updated).tag(etag(updated)).build();
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteRule",
            summary = "Delete a rule", description = "Needs If-Match. The rule leaves the current ruleset but stays "
            + "in its history and in the rulesets of earlier versions. Refused (422) when another rule's test fails "
            + "without it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "422", description = "Another rule's test fails without this rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "failing rule test", value = Examples.RULE_TESTS_FAILED_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such rule",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "412", description = "The rule changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION_FAILED_PROBLEM)))
    @APIResponse(responseCode = "428", description = "If-Match is missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "no If-Match", value = Examples.PRECONDITION_REQUIRED_PROBLEM)))
    public Response delete(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Context HttpHeaders headers) {
        Long expected = ETags.expectedVersion(ifMatch);
        rules.delete(id, expected, changeContexts.resolve(headers));
        return Response.noContent().build();
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @POST
    @Path("/tests")
    @Operation(operationId = "testRule",
            summary = "Test a rule without saving it", description = "Runs the tests the rule carries through the rules "
            + "engine, against the current ruleset with this rule in place (added, or replacing the stored rule of the same "
            + "id): each case's expected and actual verdict, whether the rule matched, and why a case failed. Nothing is "
            + "saved; failing tests are an answer (200, passed false), invalid fields a 422 as for a create.")
    @APIResponse(responseCode = "200", description = "Each case with expected and actual results",
            content = @Content(schema = @Schema(implementation = RuleTestReport.class),
                    examples = @ExampleObject(name = "one case failing", value = Examples.RULE_TEST_REPORT)))
    @APIResponse(responseCode = "422", description = "Unknown references, contradicting fields, or a test that is not dated or names no target of its profile",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown vendor", value = Examples.VALIDATION_PROBLEM)))
    public RuleTestReport test(@Valid @NotNull Rule rule) {
        return rules.test(rule);
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    @GET
    @Path("/tests/coverage")
    @Operation(operationId = "getRuleTestCoverage",
            summary = "Rules without tests", description = "How many stored rules carry tests, and which carry none or "
            + "no test that the rule must match.")
    @APIResponse(responseCode = "200", description = "The coverage report",
            content = @Content(schema = @Schema(implementation = RuleTestCoverage.class),
                    examples = @ExampleObject(name = "coverage", value = Examples.RULE_TEST_COVERAGE)))
    public RuleTestCoverage coverage() {
        return ruleTests.coverage();
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getRuleHistory",
            summary = "A rule's history", description = "Every change, newest first: ruleset version, action, "
            + "actor, reason, time, and the rule before and after. Deleted rules keep their history.")
    @APIResponse(responseCode = "200", description = "The history",
            content = @Content(schema = @Schema(implementation = RuleChange.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "history", value = Examples.HISTORY)))
    @APIResponse(responseCode = "404", description = "No rule with this id ever existed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public List<RuleChange> history(@PathParam("id") String id) {
        return rules.history(id);
    }

    private static jakarta.ws.rs.core.EntityTag etag(Rule rule) {
        return ETags.of(rule.version());
    }
}
