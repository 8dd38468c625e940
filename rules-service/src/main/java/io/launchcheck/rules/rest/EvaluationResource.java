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

import io.launchcheck.api.Roles;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.EvaluationRequest;
import io.launchcheck.api.compact.CompactEvaluation;
import io.launchcheck.api.compact.CompactEvaluationV3;
import io.launchcheck.api.compact.CompactEvaluationV4;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.rules.service.EvaluationService;

@Path("/api/v1/evaluations")
@Tag(name = "Evaluations", description = "Judge a deployment profile against the registry's rules")
@Consumes(MediaType.APPLICATION_JSON)
@Produces({MediaType.APPLICATION_JSON, CompactEvaluations.MEDIA_TYPE, CompactEvaluations.MEDIA_TYPE_V3,
        CompactEvaluations.MEDIA_TYPE_V4})
@RolesAllowed(Roles.EVALUATOR)
public class EvaluationResource {

    static final String REQUEST_EXAMPLE = """
            {"profile": {
               "app": {"name": "acme-assistant", "vendor": "Hangzhou DeepSeek Artificial Intelligence", "model": "deepseek-r1"},
               "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
               "processesPersonalData": true,
               "targets": [
                 {"jurisdiction": "KR", "segments": ["STATE_OWNED_ENTERPRISE"], "sectors": ["ENERGY"]},
                 {"jurisdiction": "US-TX", "segments": ["GOVERNMENT"]}
               ],
               "asOf": "2025-03-01"}}
            """;

    static final String RESPONSE_EXAMPLE = """
            {"rulesetVersion": 42, "rulesetLoadedAt": "2025-03-01T09:59:58Z", "rulesetStale": false,
             "asOf": "2025-03-01", "overall": "NON_COMPLIANT",
             "results": [
               {"jurisdiction": "US-TX", "verdict": "NON_COMPLIANT",
                "findings": [{"ruleId": "us-tx-prohibited-technologies-deepseek", "kind": "GOVERNMENT_DEVICE_BAN",
                  "severity": "BLOCKING", "status": "IN_FORCE", "jurisdiction": "US-TX", "organization": null,
                  "message": "Texas: DeepSeek banned on state government devices",
                  "why": ["The rule is one of US-TX's own",
                          "Vendor 'Hangzhou DeepSeek Artificial Intelligence' is DeepSeek, which the rule covers",
                          "Segment GOVERNMENT is covered", "Hosting mode VENDOR_API is covered",
                          "In force on 2025-03-01 (since 2025-01-31)"],
                  "legalBasis": "Governor's directive of 31 January 2025", "authority": "Office of the Texas Governor",
                  "sourceUrl": "https://gov.texas.gov/", "remediation": "Do not deploy to Texas state agencies.",
                  "confidence": "HIGH", "effectiveFrom": "2025-01-31", "effectiveTo": null}],
                "upcoming": []}]}
            """;

    /** What the compact forms' examples share after their rules. */
    private static final String COMPACT_EXAMPLE_REST = """
             "reasons": ["The rule is one of US-TX's own",
                         "Vendor 'Hangzhou DeepSeek Artificial Intelligence' is DeepSeek, which the rule covers",
                         "Segment GOVERNMENT is covered", "Hosting mode VENDOR_API is covered",
                         "In force on 2025-03-01 (since 2025-01-31)"],
             "why": [{"findings": [[0, 1, 2, 3, 4]], "upcoming": []}],
             "evaluation": {"rulesetVersion": 42, "rulesetLoadedAt": "2025-03-01T09:59:58Z", "rulesetStale": false,
              "asOf": "2025-03-01", "overall": "NON_COMPLIANT",
              "results": [
                {"jurisdiction": "US-TX", "verdict": "NON_COMPLIANT",
                 "findings": [{"ruleId": "us-tx-prohibited-technologies-deepseek", "severity": "BLOCKING"}],
                 "upcoming": []}]}}
            """;

    static final String COMPACT_EXAMPLE = """
            {"rules": {"us-tx-prohibited-technologies-deepseek": {"kind": "GOVERNMENT_DEVICE_BAN", "status": "IN_FORCE",
                "jurisdiction": "US-TX", "message": "Texas: DeepSeek banned on state government devices",
                "legalBasis": "Governor's directive of 31 January 2025", "authority": "Office of the Texas Governor",
                "sourceUrl": "https://gov.texas.gov/", "remediation": "Do not deploy to Texas state agencies.",
                "confidence": "HIGH", "effectiveFrom": "2025-01-31"}},
            """ + COMPACT_EXAMPLE_REST;

    /** The same answer with the rule's texts named by their digest (the SHA-256 of its entry's canonical JSON). */
    static final String COMPACT_V3_EXAMPLE = """
            {"rules": {"us-tx-prohibited-technologies-deepseek":
                 "65b382588b9285d446a96be60989f880ee0a822b75513a7aff0cf551ffcd7fb8"},
            """ + COMPACT_EXAMPLE_REST;

    static final String PROBLEM_EXAMPLE = """
            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
             "detail": "profile.targets[1].jurisdiction: unknown jurisdiction 'XX'; expected an ISO 3166-1 alpha-2 country, an ISO 3166-2 subdivision or a bloc such as EU",
             "instance": "/api/v1/evaluations",
             "errors": [{"field": "profile.targets[1].jurisdiction", "message": "unknown jurisdiction 'XX'; expected an ISO 3166-1 alpha-2 country, an ISO 3166-2 subdivision or a bloc such as EU"}]}
            """;

    private final EvaluationService evaluations;

    @Inject
    EvaluationResource(EvaluationService evaluations) {
        this.evaluations = evaluations;
    }

    @POST
    @Operation(operationId = "evaluateProfile", summary = "Judge a deployment profile",
            description = "Returns, for each target jurisdiction in the order given, the verdict (COMPLIANT, NEEDS_REVIEW "
                    + "or NON_COMPLIANT), the findings with why each rule matched, and the rules that take effect "
                    + "after asOf (default: today, UTC). Judged with the current ruleset, or with rulesetVersion when "
                    + "given (for re-running old assessments); the answer names the ruleset version used. A caller that "
                    + "asks for " + CompactEvaluations.MEDIA_TYPE + " (Accept) gets the same evaluation in compact "
                    + "form: each cited rule's texts once under rules, left out of its findings and upcoming rules. A "
                    + "caller that asks for " + CompactEvaluations.MEDIA_TYPE_V3 + " gets the rules' texts named by "
                    + "digest only (SHA-256 of each rule's entry under rules of the second version); one that does "
                    + "not hold the texts of a digest asks again for " + CompactEvaluations.MEDIA_TYPE + ". One that "
                    + "asks for " + CompactEvaluations.MEDIA_TYPE_V4 + " gets the not-checked rules named by digest "
                    + "too (SHA-256 of each entry of unchecked of the second version). Accept "
                    + "*/*, application/* or none gets application/json.")
    @RequestBody(required = true, content = @Content(schema = @Schema(implementation = EvaluationRequest.class),
            examples = @ExampleObject(name = "DeepSeek in Korea and Texas", value = REQUEST_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "The verdicts", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Evaluation.class),
                    examples = @ExampleObject(name = "Non-compliant in Texas", value = RESPONSE_EXAMPLE)),
            @Content(mediaType = CompactEvaluations.MEDIA_TYPE,
                    schema = @Schema(implementation = CompactEvaluation.class),
                    examples = @ExampleObject(name = "Non-compliant in Texas, compact", value = COMPACT_EXAMPLE)),
            @Content(mediaType = CompactEvaluations.MEDIA_TYPE_V3,
                    schema = @Schema(implementation = CompactEvaluationV3.class),
                    examples = @ExampleObject(name = "Non-compliant in Texas, texts by digest",
                            value = COMPACT_V3_EXAMPLE)),
            @Content(mediaType = CompactEvaluations.MEDIA_TYPE_V4,
                    schema = @Schema(implementation = CompactEvaluationV4.class))})
    @APIResponse(responseCode = "400", description = "Invalid profile, e.g. an unknown jurisdiction; the fields are named",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "Unknown jurisdiction", value = PROBLEM_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "The registry has no such rulesetVersion",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "No ruleset loaded yet, or a pinned version cannot be fetched now "
            + "(see Retry-After)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Evaluation evaluate(@Valid @NotNull EvaluationRequest request) {
        return evaluations.evaluate(request);
    }
}
