package io.launchcheck.registry.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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

import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Roles;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.registry.service.ModelService;
import io.launchcheck.registry.service.Versioned;

@Path("/api/v1/models")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Models", description = "The model catalog: model families with their developer, origin, open weights, and "
        + "the identifiers teams write (Hugging Face repo ids, cloud model ids, API model names, Ollama tags). "
        + "Changes move the ruleset version.")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM})
public class ModelResource {

    private final ModelService models;
    private final ChangeContextResolver changeContexts;

    public ModelResource(ModelService models, ChangeContextResolver changeContexts) {
        this.models = models;
        this.changeContexts = changeContexts;
    }

    @GET
    @Operation(operationId = "listModels", summary = "List model families", description = "All families by id; with name, the family that name "
            + "resolves to (an identifier begins it word for word, whatever the case, separators, size, quantisation "
            + "or date suffix) or an empty list.")
    @APIResponse(responseCode = "200", description = "Model families",
            content = @Content(schema = @Schema(implementation = ModelFamily.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "models", value = Examples.MODEL_LIST)))
    public List<ModelFamily> list(@Parameter(description = "Any identifier of a model, e.g. deepseek-r1:7b")
            @QueryParam("name") String name) {
        return models.list(name);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getModel", summary = "Get a model family", description = "The ETag header carries the family's version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The family",
            headers = @Header(name = "ETag", description = "The family's version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ModelFamily.class),
                    examples = @ExampleObject(name = "model", value = Examples.MODEL)))
    @APIResponse(responseCode = "404", description = "No such family",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public Response get(@PathParam("id") String id) {
        Versioned<ModelFamily> model = models.get(id);
        return Response.ok(model.entry()).tag(ETags.of(model.version())).build();
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @POST
    @Operation(operationId = "createModel", summary = "Create a model family")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "Where the new family can be read", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The family's version in quotes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = ModelFamily.class),
                    examples = @ExampleObject(name = "model", value = Examples.MODEL)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_BODY)
    @APIResponse(responseCode = "409", description = "The id or an identifier belongs to another family",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "taken", value = Examples.CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Unknown developer or origin country",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown country", value = Examples.VALIDATION_PROBLEM)))
    public Response create(@Valid @NotNull ModelFamily model, @Context HttpHeaders headers, @Context UriInfo uri) {
        Versioned<ModelFamily> created = models.create(model, changeContexts.resolve(headers));
        URI location = UriBuilder.fromUri(uri.getBaseUri()).path("api/v1/models/{id}").build(created.entry().id());
        return Response.created(location).tag(ETags.of(created.version())).entity(created.entry()).build();
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceModel", summary = "Replace a model family", description = "Needs If-Match with the ETag that was read.")
    @APIResponse(responseCode = "200", description = "The family as stored now",
            headers = @Header(name = "ETag", description = "The family's new version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = ModelFamily.class),
                    examples = @ExampleObject(name = "model", value = Examples.MODEL)))
    @APIResponse(responseCode = "404", description = "No such family",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "409", description = "An identifier belongs to another family",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "taken", value = Examples.CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "412", description = "The family changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION_FAILED_PROBLEM)))
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ModelFamily model, @Context HttpHeaders headers) {
        Long expected = ETags.expectedVersion(ifMatch);
        Versioned<ModelFamily> updated = models.update(id, model, expected, changeContexts.resolve(headers));
        return Response.ok(updated.entry()).tag(ETags.of(updated.version())).build();
    }
}
