package io.launchcheck.registry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.service.JurisdictionCatalog;

@Path("/api/v1/jurisdictions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Jurisdictions", description = "ISO 3166-1 countries, ISO 3166-2 subdivisions (Debian iso-codes) and blocs "
        + "such as EU, with their parents, blocs and members. Reference data: read-only.")
@RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR, Roles.PRODUCT_TEAM})
public class JurisdictionResource {

    private final JurisdictionCatalog catalog;

    @Inject
    JurisdictionResource(JurisdictionCatalog catalog) {
        this.catalog = catalog;
    }

    @GET
    @Operation(operationId = "listJurisdictions",
            summary = "List jurisdictions", description = "Every jurisdiction, ordered by code, optionally of one "
            + "type and whose code or name contains q (case-insensitive). The full list; no paging.")
    @APIResponse(responseCode = "200", description = "Jurisdictions",
            content = @Content(schema = @Schema(implementation = Jurisdiction.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "italy", value = Examples.JURISDICTION_LIST)))
    @APIResponse(responseCode = "400", description = "Unknown type",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "bad type", value = Examples.BAD_REQUEST_PROBLEM)))
    public List<Jurisdiction> list(
            @Parameter(description = "COUNTRY, SUBDIVISION or BLOC (any case)",
                    schema = @Schema(implementation = JurisdictionType.class)) @QueryParam("type") JurisdictionType type,
            @Parameter(description = "Part of a code or name, e.g. texas") @QueryParam("q") String q) {
        return catalog.search(type, q);
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getJurisdiction",
            summary = "Get a jurisdiction", description = "By code in any case: a subdivision names its country as "
            + "parent; a country lists its blocs and its subdivisions as members; a bloc lists its member countries.")
    @APIResponse(responseCode = "200", description = "The jurisdiction",
            content = @Content(schema = @Schema(implementation = Jurisdiction.class),
                    examples = @ExampleObject(name = "texas", value = Examples.JURISDICTION)))
    @APIResponse(responseCode = "404", description = "Unknown code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public Jurisdiction get(@PathParam("code") String code) {
        return catalog.find(code).orElseThrow(() -> ProblemException.notFound("No jurisdiction with code '" + code.strip() + "'"));
    }
}
