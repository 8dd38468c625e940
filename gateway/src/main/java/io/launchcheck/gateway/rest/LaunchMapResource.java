package io.launchcheck.gateway.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.LaunchMapRequest;
import io.launchcheck.api.Roles;
import io.launchcheck.api.paging.PageRequest;
import io.launchcheck.api.problem.IdOf;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.domain.LaunchMap;
import io.launchcheck.gateway.domain.LaunchMapBody;
import io.launchcheck.gateway.domain.LaunchMapPage;
import io.launchcheck.gateway.service.LaunchMapService;
import io.launchcheck.gateway.service.NewLaunchMap;

/** Launch maps: one profile judged in every country of the world or of a bloc, stored immutably. */
@Path("/api/v1/launch-maps")
@Tag(name = "Launch maps", description = "Where can this AI app launch as it is, and what must change elsewhere?")
@RolesAllowed({Roles.PRODUCT_TEAM, Roles.AUDITOR, Roles.COMPLIANCE_OFFICER})
public class LaunchMapResource {

    static final String PATH = "/api/v1/launch-maps/";

    private final LaunchMapService launchMaps;
    private final CallerResolver callers;

    public LaunchMapResource(LaunchMapService launchMaps, CallerResolver callers) {
        this.launchMaps = launchMaps;
        this.callers = callers;
    }

    @RolesAllowed(Roles.PRODUCT_TEAM)
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLaunchMap", summary = "Judge a profile in every country of the world or of a bloc",
            description = "The body is a deployment profile without targets (app, hosting, processesPersonalData, the "
                    + "segments, sectors and organizations every target serves, asOf) plus a `scope`: `WORLD` (every "
                    + "country of the registry's ISO 3166-1 catalog, about 249) or `BLOC` with `bloc` (its member "
                    + "countries), and optionally `subdivisionsOf`: countries of the scope whose ISO 3166-2 subdivisions are "
                    + "judged too, each as a target of its own. The rules-service expands the scope from the ruleset it "
                    + "judges with, so the map's jurisdictions and its verdicts come from one ruleset version "
                    + "(`rulesetVersion`). Results come one per jurisdiction, countries by code, each followed by its "
                    + "subdivisions, in the shape of an assessment's results; `totals` counts the verdicts and "
                    + "`overall` is the worst. Every NON_COMPLIANT or NEEDS_REVIEW result carries `advice`: the smallest "
                    + "profile changes found that make it milder, each verified by judging the changed profile against "
                    + "the same ruleset version (leave it out with `advice=false`). Rules that reach a target but depend on "
                    + "use cases or a role the profile does not state are listed once in the top-level `notChecked`, "
                    + "each with the `targets` it reached (an EU rule once with its 27 members), not in each result. "
                    + "Stored immutably under the caller's team. The body is read as strictly as an assessment's; if any jurisdiction cannot be judged the "
                    + "answer is 503 with Retry-After and nothing is stored.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = LaunchMapRequest.class),
            examples = {@ExampleObject(name = "world", summary = "DeepSeek's API everywhere, with the US states",
                    value = LaunchMapExamples.REQUEST),
                    @ExampleObject(name = "eu", summary = "DeepSeek's API in the EU's member states",
                            value = LaunchMapExamples.BLOC_REQUEST)}))
    @APIResponse(responseCode = "201", description = "Judged and stored",
            headers = @Header(name = "Location", description = "Where the stored launch map can be read",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LaunchMapBody.class),
                    examples = @ExampleObject(name = "eu", value = LaunchMapExamples.LAUNCH_MAP)))
    @APIResponse(responseCode = "400", description = "Invalid launch map (the offending fields are named): unknown bloc, "
            + "a bloc with WORLD or none with BLOC, subdivisionsOf naming a country outside the scope or twice, unknown "
            + "segment, sector or hosting mode, out-of-range asOf, unknown or repeated fields, malformed JSON, advice "
            + "other than true or false",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown bloc", value = LaunchMapExamples.UNKNOWN_BLOC)))
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    @APIResponse(responseCode = "503", ref = ApiDocs.NOT_JUDGED)
    public Response create(
            @NotNull(message = "a launch map (a profile without targets, with a scope) is required") @Valid
            LaunchMapRequest request,
            @Parameter(description = "Whether to search verified advice for NON_COMPLIANT and NEEDS_REVIEW results "
                    + "(true by default; false answers sooner)", schema = @Schema(type = SchemaType.BOOLEAN,
                            defaultValue = "true")) @QueryParam("advice") Boolean advice) {
        NewLaunchMap map = launchMaps.create(request, callers.team(), !Boolean.FALSE.equals(advice));
        return Response.created(URI.create(PATH + map.id())).entity(map.body()).type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getLaunchMap", summary = "Read a stored launch map",
            description = "Returns the launch map exactly as it was answered when it was made, byte for byte: a "
                    + "launch map made before the rules it could not check were listed once per map (top-level "
                    + "`notChecked` with `targets`) still lists them in each result's `notChecked`. Product teams read "
                    + "their own team's; auditors and compliance officers every team's.")
    @APIResponse(responseCode = "200", description = "The stored launch map",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LaunchMapBody.class),
                    examples = @ExampleObject(name = "eu", value = LaunchMapExamples.LAUNCH_MAP)))
    @APIResponse(responseCode = "400", description = "An id with control characters",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No launch map with this id that the caller may read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown id", value = LaunchMapExamples.NOT_FOUND)))
    @APIResponse(responseCode = "503", ref = ApiDocs.DATABASE_DOWN)
    public Response get(@Parameter(description = "The launch map's id (a UUID)") @PathParam("id") @IdOf("launch map") UUID id) {
        LaunchMap map = launchMaps.find(id, callers.reader())
                .orElseThrow(() -> ProblemException.notFound("No launch map with id " + id));
        return Response.ok(map.body, MediaType.APPLICATION_JSON_TYPE).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listLaunchMaps", summary = "List launch maps, newest first",
            description = "A page of launch-map summaries (scope, overall verdict, totals) in the envelope `{items, page, "
                    + "size, total}`, newest first. Product teams see their own team's; auditors and compliance officers "
                    + "every team's.")
    @APIResponse(responseCode = "200", description = "A page of launch maps",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LaunchMapPage.class),
                    examples = @ExampleObject(name = "one page", value = LaunchMapExamples.PAGE)))
    @APIResponse(responseCode = "400", description = "page or size out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", ref = ApiDocs.DATABASE_DOWN)
    public Response list(@Valid @BeanParam PageRequest paging) {
        LaunchMapPage page = launchMaps.list(callers.reader(), paging.page(), paging.size());
        return paging.answer(page, page.total());
    }
}
