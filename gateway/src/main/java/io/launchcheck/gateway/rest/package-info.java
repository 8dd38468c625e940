/**
 * The gateway's HTTP resources. The OpenAPI components declared here are what minting a share link looks like,
 * written once for every kind of report page: createShareLink and createLaunchMapShareLink refer to them (SmallRye
 * OpenAPI reads {@code @OpenAPIDefinition} only from an {@code Application} class or a package-info). The document's
 * info comes from the {@code quarkus.smallrye-openapi.info-*} properties, which take precedence over the one here.
 */
@OpenAPIDefinition(info = @Info(title = "LaunchCheck gateway API", version = "1.0.0"),
        components = @Components(
                requestBodies = @RequestBody(name = ShareLinkDocs.REQUEST, required = false,
                        description = "How long the link lives; optional: none, an empty body and JSON `null` all "
                                + "mean launchcheck.share-links.default-lifetime",
                        content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                schema = @Schema(implementation = ShareLinkRequest.class),
                                examples = @ExampleObject(name = "one hour", value = ReportExamples.SHARE_REQUEST))),
                responses = {
                        @APIResponse(name = ShareLinkDocs.MINTED, description = "Minted",
                                headers = @Header(name = "Location", description = "The share link (as `url`)",
                                        schema = @Schema(type = SchemaType.STRING)),
                                content = @Content(mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = ShareLink.class),
                                        examples = {
                                                @ExampleObject(name = "one hour", summary = "An assessment's page",
                                                        value = ReportExamples.SHARE_LINK),
                                                @ExampleObject(name = "launch map", summary = "A launch map's page",
                                                        value = ReportExamples.LAUNCH_MAP_SHARE_LINK)})),
                        @APIResponse(name = ShareLinkDocs.BAD_LIFETIME, description = "expiresInSeconds below 1 or "
                                + "above launchcheck.share-links.max-lifetime, or an invalid body (the field is named)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "too long", value = ReportExamples.TOO_LONG))),
                        @APIResponse(name = ShareLinkDocs.DATABASE_DOWN, description = "The gateway's database cannot "
                                + "be reached; try again later",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class)))}))
package io.launchcheck.gateway.rest;

import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.launchcheck.api.problem.Problem;
import io.launchcheck.gateway.domain.ShareLink;
import io.launchcheck.gateway.domain.ShareLinkRequest;

