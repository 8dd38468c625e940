package io.launchcheck.registry.rest;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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

import io.launchcheck.api.Roles;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.registry.service.VendorService;
import io.launchcheck.registry.service.Versioned;

@Path("/api/v1/vendors")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Vendors", description = "Model vendors with their aliases and legal entities. Every name identifies one "
        + "vendor, case-insensitively. Changes move the ruleset version.")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM})
public class VendorResource {

    private final VendorService vendors;
    private final ChangeContextResolver changeContexts;

    @Inject
    VendorResource(VendorService vendors,
            ChangeContextResolver changeContexts) {
        this.vendors = vendors;
        this.changeContexts = changeContexts;
    }

    @GET
    @Operation(operationId = "listVendors",
            summary = "List vendors", description = "All vendors by id; with name, the vendor that name resolves "
            + "to (id, name, alias or legal entity, any case, extra spaces ignored) or an empty list.")
    @APIResponse(responseCode = "200", description = "Vendors",
            content = @Content(schema = @Schema(implementation = Vendor.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "vendors", value = Examples.VENDOR_LIST)))
    public List<Vendor> list(@Parameter(description = "Any name of a vendor, e.g. hangzhou deepseek artificial intelligence")
            @QueryParam("name") String name) {
        return vendors.list(name);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getVendor",
            summary = "Get a vendor", description = "The ETag header carries the vendor's version, for If-Match.")
    @APIResponse(responseCode = "200", description = "The vendor",
            headers = @Header(name = "ETag", description = "The vendor's version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Vendor.class),
                    examples = @ExampleObject(name = "vendor", value = Examples.VENDOR)))
    @APIResponse(responseCode = "404", description = "No such vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public Response get(@PathParam("id") String id) {
        Versioned<Vendor> vendor = vendors.get(id);
        return Response.ok(vendor.entry()).tag(ETags.of(vendor.version())).build();
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @POST
    @Operation(operationId = "createVendor", summary = "Create a vendor")
    @APIResponse(responseCode = "201", description = "Created",
            headers = {@Header(name = "Location", description = "Where the new vendor can be read", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "The vendor's version in quotes", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(schema = @Schema(implementation = Vendor.class),
                    examples = @ExampleObject(name = "vendor", value = Examples.VENDOR)))
    @APIResponse(responseCode = "400", ref = SharedResponses.INVALID_BODY)
    @APIResponse(responseCode = "409", description = "The id or one of the names belongs to another vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "taken", value = Examples.CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Unknown origin country, or an id reserved for examples (example-...)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "unknown country", value = Examples.VALIDATION_PROBLEM)))
    public Response create(@Valid @NotNull Vendor vendor, @Context HttpHeaders headers, @Context UriInfo uri) {
        Versioned<Vendor> created = vendors.create(vendor, changeContexts.resolve(headers));
        URI location = UriBuilder.fromUri(uri.getBaseUri()).path("api/v1/vendors/{id}").build(created.entry().id());
        return Response.created(location).tag(ETags.of(created.version())).entity(created.entry()).build();
    }

    @RolesAllowed(Roles.COMPLIANCE_OFFICER)
    @PUT
    @Path("/{id}")
    @Operation(operationId = "replaceVendor",
            summary = "Replace a vendor", description = "Needs If-Match with the ETag that was read.")
    @APIResponse(responseCode = "200", description = "The vendor as stored now",
            headers = @Header(name = "ETag", description = "The vendor's new version in quotes", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(schema = @Schema(implementation = Vendor.class),
                    examples = @ExampleObject(name = "vendor", value = Examples.VENDOR)))
    @APIResponse(responseCode = "404", description = "No such vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    @APIResponse(responseCode = "409", description = "A name belongs to another vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "taken", value = Examples.CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "412", description = "The vendor changed since it was read",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "stale", value = Examples.PRECONDITION_FAILED_PROBLEM)))
    @APIResponse(responseCode = "428", ref = SharedResponses.IF_MATCH_MISSING)
    public Response update(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull Vendor vendor, @Context HttpHeaders headers) {
        Long expected = ETags.expectedVersion(ifMatch);
        Versioned<Vendor> updated = vendors.update(id, vendor, expected, changeContexts.resolve(headers));
        return Response.ok(updated.entry()).tag(ETags.of(updated.version())).build();
    }
}
