package io.launchcheck.registry.rest;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.RulePack;
import io.launchcheck.api.RulePackImport;
import io.launchcheck.api.RulePackInfo;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.registry.service.RulePackLoader;
import io.launchcheck.registry.service.RulePackService;

@Path("/api/v1/rulepacks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Rule packs", description = "Import vendors and rules together, idempotently; see which release of "
        + "each pack is loaded, its changelog, and when its rules were last checked against their sources.")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class RulePackResource {

    static final String YAML = "application/yaml";
    static final String X_YAML = "application/x-yaml";
    static final String TEXT_YAML = "text/yaml";

    private final RulePackService packs;
    private final RulePackLoader loader;
    private final ChangeContextResolver changeContexts;

    @Inject
    RulePackResource(RulePackService packs,
            RulePackLoader loader,
            ChangeContextResolver changeContexts) {
        this.packs = packs;
        this.loader = loader;
        this.changeContexts = changeContexts;
    }

    @GET
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    @Operation(summary = "List imported rule packs", description = "Every pack imported so far, by slug, with its "
            + "release (version), when and by whom its current content was imported, the ruleset version that import "
            + "created, its changelog, and per jurisdiction when its rules were last reviewed (the latest reviewedOn) "
            + "and how many are overdue for review (reviewedOn before reviewDueBefore, or missing).")
    @APIResponse(responseCode = "200", description = "The imported packs",
            content = @Content(schema = @Schema(implementation = RulePackInfo.class, type = SchemaType.ARRAY),
                    examples = @ExampleObject(name = "packs", value = Examples.PACK_INFO_LIST)))
    public List<RulePackInfo> list() {
        return packs.list();
    }

    @GET
    @Path("/{pack}")
    @RolesAllowed({Roles.COMPLIANCE_OFFICER, Roles.AUDITOR})
    @Operation(summary = "Get an imported rule pack", description = "The pack's release, changelog and the freshness "
            + "of its rules per jurisdiction, as in the list.")
    @APIResponse(responseCode = "200", description = "The pack",
            content = @Content(schema = @Schema(implementation = RulePackInfo.class),
                    examples = @ExampleObject(name = "pack", value = Examples.PACK_INFO)))
    @APIResponse(responseCode = "404", description = "No pack with this slug has been imported",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "not found", value = Examples.NOT_FOUND_PROBLEM)))
    public RulePackInfo get(@PathParam("pack") String pack) {
        return packs.get(pack);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importRulePack",
            summary = "Import a rule pack (JSON or YAML)", description = "Vendors and rules are matched by id: new "
            + "ones are added, different ones replaced, equal ones left alone; rules the pack does not name stay. "
            + "Everything that changed shares one new ruleset version; importing the same pack again changes nothing "
            + "and creates no version. A pack with any invalid entry imports nothing (422 naming rules[i].field). "
            + "Send YAML as application/yaml, application/x-yaml or text/yaml. Pack names, rule ids and vendor ids "
            + "starting with example- are reserved for examples such as the one below and refused with 422, so "
            + "trying it changes nothing.")
    @RequestBody(content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RulePack.class),
                    examples = @ExampleObject(name = "example pack (refused)", value = Examples.PACK)),
            @Content(mediaType = YAML, schema = @Schema(implementation = RulePack.class))})
    @APIResponse(responseCode = "200", description = "What the import did",
            content = @Content(schema = @Schema(implementation = RulePackImport.class),
                    examples = @ExampleObject(name = "import", value = Examples.PACK_IMPORT)))
    @APIResponse(responseCode = "400", description = "Malformed JSON/YAML or a field constraint broken",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "invalid", value = Examples.BAD_REQUEST_PROBLEM)))
    @APIResponse(responseCode = "409", description = "Duplicate ids in the pack, or a vendor name owned by another vendor",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = @ExampleObject(name = "duplicate", value = Examples.CONFLICT_PROBLEM)))
    @APIResponse(responseCode = "422", description = "Unknown jurisdictions, vendors or countries, contradicting fields, "
            + "or a name or id reserved for examples",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                    examples = {@ExampleObject(name = "invalid rule", value = Examples.VALIDATION_PROBLEM),
                            @ExampleObject(name = "example pack", value = Examples.RESERVED_PROBLEM)}))
    public RulePackImport importJson(@Valid @NotNull RulePack pack, @Context HttpHeaders headers) {
        return packs.importPack(pack, changeContexts.resolve(headers));
    }

    @POST
    @Consumes({YAML, X_YAML, TEXT_YAML})
    @Operation(hidden = true)
    public RulePackImport importYaml(InputStream body, @Context HttpHeaders headers) throws IOException {
        return packs.importPack(loader.fromYaml(body), changeContexts.resolve(headers));
    }
}
