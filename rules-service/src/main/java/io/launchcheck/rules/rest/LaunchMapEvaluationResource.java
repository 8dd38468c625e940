package io.launchcheck.rules.rest;

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

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.LaunchMapEvaluationRequest;
import io.launchcheck.api.Roles;
import io.launchcheck.api.compact.CompactEvaluation;
import io.launchcheck.api.compact.CompactEvaluationV3;
import io.launchcheck.api.compact.CompactEvaluationV4;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.rules.service.EvaluationService;

@Path("/api/v1/launch-map-evaluations")
@Tag(name = "Evaluations", description = "Judge a deployment profile against the registry's rules")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, CompactEvaluations.MEDIA_TYPE, CompactEvaluations.MEDIA_TYPE_V3,
        CompactEvaluations.MEDIA_TYPE_V4})
@RolesAllowed(Roles.EVALUATOR)
public class LaunchMapEvaluationResource {

    static final String REQUEST_EXAMPLE = """
            {"launchMap": {
               "app": {"name": "acme-assistant", "vendor": "DeepSeek", "model": "deepseek-r1"},
               "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
               "processesPersonalData": true, "segments": ["CONSUMER", "GOVERNMENT"],
               "scope": {"kind": "BLOC", "bloc": "EU"}, "asOf": "2025-03-01"},
             "advice": true}
            """;

    static final String RESPONSE_EXAMPLE = """
            {"rulesetVersion": 42, "rulesetLoadedAt": "2025-03-01T09:59:58Z", "rulesetStale": false,
             "asOf": "2025-03-01", "overall": "NON_COMPLIANT",
             "results": [
               {"jurisdiction": "AT", "verdict": "COMPLIANT", "findings": [], "upcoming": []},
               {"jurisdiction": "IT", "verdict": "NON_COMPLIANT",
                "findings": [{"ruleId": "it-garante-deepseek-processing-block", "kind": "NATIONWIDE_BAN",
                  "severity": "BLOCKING", "status": "IN_FORCE", "jurisdiction": "IT", "organization": null,
                  "message": "Italy: the Garante ordered DeepSeek to stop processing Italian users' data",
                  "why": ["The rule is one of IT's own", "Hosting mode VENDOR_API is covered"],
                  "legalBasis": "Garante, provvedimento del 30 gennaio 2025", "authority": "Garante",
                  "sourceUrl": "https://www.garanteprivacy.it/", "remediation": "Self-host the open weights in the EU.",
                  "confidence": "HIGH", "effectiveFrom": "2025-01-30", "effectiveTo": null}],
                "upcoming": [],
                "advice": [{"changes": [{"lever": "SELF_HOST", "field": "hosting.mode", "value": "SELF_HOSTED",
                              "summary": "Run the model on your own servers instead of the vendor's API"}],
                            "verdict": "COMPLIANT", "clears": ["it-garante-deepseek-processing-block"], "adds": []}]}]}
            """;

    static final String PROBLEM_EXAMPLE = """
            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "scope.bloc: unknown bloc 'XX'; expected a bloc of the registry such as EU",
             "instance": "/api/v1/launch-map-evaluations",
             "errors": [{"field": "scope.bloc", "message": "unknown bloc 'XX'; expected a bloc of the registry such as EU"}]}
            """;

    private final EvaluationService evaluations;

    @Inject
    LaunchMapEvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @POST
    @Operation(operationId = "evaluateLaunchMap", summary = "Judge a profile in every country of a scope",
            description = "Expands the scope (WORLD: every country of the ruleset's jurisdictions; BLOC: a bloc's "
                    + "members; plus the subdivisions of the countries in subdivisionsOf) into targets from the ruleset "
                    + "that judges it, and answers one result per target, countries by code, each followed by its "
                    + "subdivisions. With advice true, every NON_COMPLIANT or NEEDS_REVIEW result carries verified advice. A "
                    + "caller that asks for " + CompactEvaluations.MEDIA_TYPE + " (Accept) gets the same evaluation in "
                    + "compact form, as from evaluateProfile (" + CompactEvaluations.MEDIA_TYPE + ", or "
                    + CompactEvaluations.MEDIA_TYPE_V3 + " with the rules' texts named by digest, "
                    + CompactEvaluations.MEDIA_TYPE_V4 + " with the not-checked rules too); Accept */*, "
                    + "application/* or none gets application/json.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = LaunchMapEvaluationRequest.class),
            examples = @ExampleObject(name = "DeepSeek in the EU", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The verdicts, one per jurisdiction of the scope", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Evaluation.class),
                    examples = @ExampleObject(name = "EU members", value = RESPONSE_EXAMPLE)),
            @Content(mediaType = CompactEvaluations.MEDIA_TYPE,
                    schema = @Schema(implementation = CompactEvaluation.class)),
            @Content(mediaType = CompactEvaluations.MEDIA_TYPE_V3,
                    schema = @Schema(implementation = CompactEvaluationV3.class)),
            @Content(mediaType = CompactEvaluations.MEDIA_TYPE_V4,
                    schema = @Schema(implementation = CompactEvaluationV4.class))})
    @APIResponse(responseCode = "400", description = "Invalid launch map, e.g. an unknown bloc; the fields are named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Unknown bloc", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The registry has no such rulesetVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No ruleset loaded yet, or a pinned version cannot be fetched now "
            + "(see Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Evaluation evaluate(@Valid @NotNull LaunchMapEvaluationRequest request) {
        return evaluations.evaluate(request);
    }
}
