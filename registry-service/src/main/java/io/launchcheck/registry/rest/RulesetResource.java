package io.launchcheck.registry.rest;

import java.time.Duration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

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
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.RulesetUpdate;
import io.launchcheck.api.RulesetVersion;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.service.RulesetDiff;
import io.launchcheck.registry.service.RulesetService;
import io.launchcheck.registry.service.RulesetWatch;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/v1/ruleset")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ruleset", description = "Everything the rules-service judges with, as one versioned document. The "
        + "version moves by one with every committed change of rules or vendors.")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.RULESET_READER})
public class RulesetResource {

    private final RulesetService rulesets;
    private final RulesetWatch watch;

    @Inject
    RulesetResource(RulesetService rulesets,
            RulesetWatch watch) {
        this.rulesets = rulesets;
        this.watch = watch;
    }

    @GET
    @Operation(operationId = "getRuleset",
            summary = "The ruleset", description = "Without version: the current ruleset, with ETag \"<version>\" "
            + "and 304 Not Modified when If-None-Match names it. With version: the ruleset exactly as it was then "
            + "(rules and vendors from history; jurisdictions are reference data and always current). "
            + "Jurisdictions come without members, with their digest (jurisdictionsDigest); a caller that names the "
            + "digest of the jurisdictions it holds (heldJurisdictions) gets the ruleset without them while they "
            + "are the same (about a fifth of the size), and whole when they differ.")
    @APIResponse(responseCode = "200", description = "The ruleset",
            headers = @Header(name = "ETag", description = "The ruleset version in quotes, e.g. \"42\"",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Ruleset.class),
                    examples = @ExampleObject(name = "ruleset", value = Examples.RULESET)))
    @APIResponse(responseCode = "304", description = "If-None-Match names the current version")
    @APIResponse(responseCode = "400", description = "heldJurisdictions is not a SHA-256 digest",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not a digest", value = """
                            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request",
                             "status": 400, "detail": "heldJurisdictions: must be a SHA-256 digest: 64 hexadecimal digits",
                             "errors": [{"field": "heldJurisdictions",
                                         "message": "must be a SHA-256 digest: 64 hexadecimal digits"}]}
                            """)))
    @APIResponse(responseCode = "404", description = "No such version (below 1 or above the current one)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = """
                            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
                             "detail": "Ruleset version 99 does not exist; the current version is 42"}
                            """)))
    public Response get(@Parameter(description = "A past version, from 1") @QueryParam("version") Long version,
            @Parameter(description = "ETag of the ruleset the caller holds") @HeaderParam("If-None-Match") String ifNoneMatch,
            @Parameter(description = "The jurisdictionsDigest of the jurisdictions the caller holds: when they are "
                    + "still the same, the answer leaves them out", example = "3f1c9a0d5e...")
            @QueryParam("heldJurisdictions") String heldJurisdictions) {
        if (heldJurisdictions != null && !heldJurisdictions.matches("[0-9a-fA-F]{64}")) {
            throw ProblemException.badRequest("heldJurisdictions", "must be a SHA-256 digest: 64 hexadecimal digits");
        }
        if (version == null && ifNoneMatch != null) {
            long current = rulesets.version().version();
            if (ETags.noneMatchHits(ifNoneMatch, current)) {
                return Response.notModified(ETags.of(current)).build();
            }
        }
        RulesetService.Serialized ruleset = version == null ? rulesets.current() : rulesets.at(version);
        if (ETags.noneMatchHits(ifNoneMatch, ruleset.version())) {
            return Response.notModified(ETags.of(ruleset.version())).build();
        }
        return Response.ok(ruleset.json(heldJurisdictions), MediaType.APPLICATION_JSON_TYPE).tag(ETags.of(ruleset.version())).build();
    }

    /** The longest a caller may wait for the version to move, in seconds. */
    static final int MAX_WAIT_SECONDS = 60;

    @GET
    @Path("/version")
    @Blocking
    @Operation(operationId = "getRulesetVersion",
            summary = "The current ruleset version", description = "Cheap: one row read. Poll this, then fetch "
            + "the ruleset when the version moved. With after and wait (a long poll, which the rules-service uses "
            + "to learn of changes at once): answered as soon as the version differs from after, at once when it "
            + "already does, else when the next change commits, else with the unchanged version when wait seconds "
            + "have passed.")
    @APIResponse(responseCode = "200", description = "The version and when it was committed",
            content = @Content(schema = @Schema(implementation = RulesetVersion.class),
                    examples = @ExampleObject(name = "version", value = Examples.RULESET_VERSION)))
    @APIResponse(responseCode = "400", description = "wait outside 0.." + MAX_WAIT_SECONDS + ", or wait without after",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "wait too long", value = """
                            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request",
                             "status": 400, "detail": "wait: must be between 0 and 60 seconds",
                             "errors": [{"field": "wait", "message": "must be between 0 and 60 seconds"}]}
                            """)))
    public Uni<RulesetVersion> version(
            @Parameter(description = "The version the caller holds: answer when the current one differs")
            @QueryParam("after") Long after,
            @Parameter(description = "Seconds to wait for a change (0 to " + MAX_WAIT_SECONDS + ", default 0); "
                    + "needs after") @QueryParam("wait") @DefaultValue("0") int wait) {
        if (wait < 0 || wait > MAX_WAIT_SECONDS) {
            throw ProblemException.badRequest("wait", "must be between 0 and " + MAX_WAIT_SECONDS + " seconds");
        }
        if (after == null) {
            if (wait > 0) {
                throw ProblemException.badRequest("wait", "needs after, the version the caller holds");
            }
            return Uni.createFrom().item(rulesets.version());
        }
        return watch.after(after, Duration.ofSeconds(wait), rulesets::version);
    }

    @GET
    @Path("/changes")
    @Blocking
    @Operation(operationId = "getRulesetChanges",
            summary = "What a caller holding an earlier version needs to hold the current one",
            description = "The rules added or changed since the version the caller holds (each as it is now, without "
            + "tests) and the ids of those removed, with the current version, when nothing but rules changed; the "
            + "whole current ruleset (in ruleset, as GET /api/v1/ruleset sends it for heldJurisdictions) when "
            + "vendors, models or the jurisdictions changed too, when heldJurisdictions is not given, or when since "
            + "is 0 or more than 1000 versions back. With wait (a long poll, the rules-service's push channel): "
            + "answered as soon as the version differs from since, at once when it already does, else when the next "
            + "change commits (with that change), else with no changes (version equal to since) when wait seconds "
            + "have passed. The rules-service follows each change with it.")
    @APIResponse(responseCode = "200", description = "The changes, or the whole ruleset",
            content = @Content(schema = @Schema(implementation = RulesetUpdate.class),
                    examples = @ExampleObject(name = "changes", value = Examples.RULESET_UPDATE)))
    @APIResponse(responseCode = "400", description = "since missing or negative, heldJurisdictions not a SHA-256 "
            + "digest, or wait outside 0.." + MAX_WAIT_SECONDS,
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "since missing", value = """
                            {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request",
                             "status": 400, "detail": "since: must be given: the ruleset version the caller holds",
                             "errors": [{"field": "since",
                                         "message": "must be given: the ruleset version the caller holds"}]}
                            """)))
    @APIResponse(responseCode = "404", description = "since is above the current version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = """
                            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
                             "detail": "Ruleset version 99 does not exist; the current version is 42"}
                            """)))
    public Uni<RulesetUpdate> changes(
            @Parameter(description = "The version the caller holds, from 0 (none: the whole ruleset)", required = true)
            @QueryParam("since") Long since,
            @Parameter(description = "The jurisdictionsDigest of the jurisdictions the caller holds", example = "3f1c9a0d5e...")
            @QueryParam("heldJurisdictions") String heldJurisdictions,
            @Parameter(description = "Seconds to wait for a change when the current version is still since (0 to "
                    + MAX_WAIT_SECONDS + ", default 0: answer at once)") @QueryParam("wait") @DefaultValue("0") int wait) {
        if (since == null) {
            throw ProblemException.badRequest("since", "must be given: the ruleset version the caller holds");
        }
        if (since < 0) {
            throw ProblemException.badRequest("since", "must be 0 or more");
        }
        if (heldJurisdictions != null && !heldJurisdictions.matches("[0-9a-fA-F]{64}")) {
            throw ProblemException.badRequest("heldJurisdictions", "must be a SHA-256 digest: 64 hexadecimal digits");
        }
        if (wait < 0 || wait > MAX_WAIT_SECONDS) {
            throw ProblemException.badRequest("wait", "must be between 0 and " + MAX_WAIT_SECONDS + " seconds");
        }
        if (wait == 0) {
            return Uni.createFrom().item(rulesets.update(since, heldJurisdictions));
        }
        // the change is read once it committed, on a worker thread (the waiter is completed by the committing one)
        return watch.after(since, Duration.ofSeconds(wait), rulesets::version)
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .map(moved -> rulesets.update(since, heldJurisdictions));
    }

    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    @GET
    @Path("/diff")
    @Operation(operationId = "diffRulesets", summary = "What changed in the rules between two ruleset versions",
            description = "Rules added, removed, and for each changed rule the names of the fields that differ (tests "
                    + "included) with the rule at both versions. from may be later than to (the change read backwards).")
    @APIResponse(responseCode = "200", description = "The differences",
            content = @Content(schema = @Schema(implementation = RulesetDiff.class),
                    examples = @ExampleObject(name = "diff", value = Examples.RULESET_DIFF)))
    @APIResponse(responseCode = "400", description = "from or to missing or below 1",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "missing", value = Examples.BAD_REQUEST_PROBLEM)))
    @APIResponse(responseCode = "404", description = "No such version",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = """
                            {"type": "https://launchcheck.io/problems/not-found", "title": "Not found", "status": 404,
                             "detail": "Ruleset version 99 does not exist; the current version is 42"}
                            """)))
    public RulesetDiff diff(
            @Parameter(description = "The earlier version, from 1", required = true) @QueryParam("from") @NotNull @Min(1) Long from,
            @Parameter(description = "The later version", required = true) @QueryParam("to") @NotNull @Min(1) Long to) {
        return rulesets.diff(from, to);
    }
}
