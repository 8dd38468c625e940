/**
 * The gateway's HTTP resources. The OpenAPI components declared here are written once and referred to by name
 * ({@link ApiDocs}, {@link ShareLinkDocs}): what minting a share link looks like, for every kind of report page, and
 * the answers many operations share (a body too large or not JSON, the database, the rules-service or the registry
 * unreachable, the test clock off).
 * Their descriptions name the settings they depend on, and {@code ConfiguredValues} writes in the values the service
 * runs with (SmallRye OpenAPI reads {@code @OpenAPIDefinition} only from an {@code Application} class or a
 * package-info). The document's
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
                        @APIResponse(name = ApiDocs.DATABASE_DOWN, description = "The gateway's database cannot "
                                + "be reached; try again later",
                                headers = @Header(name = "Retry-After", description = "Seconds to wait before trying "
                                        + "again: launchcheck.database.retry-after",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class))),
                        @APIResponse(name = ApiDocs.NOT_JUDGED, description = "No verdict could be obtained for every "
                                + "target jurisdiction, or the gateway's database cannot be reached; nothing stored",
                                headers = @Header(name = "Retry-After", description = "Seconds to wait before trying "
                                        + "again: launchcheck.gateway.retry-after when no verdict could be obtained, "
                                        + "launchcheck.database.retry-after when the database cannot be reached",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = {
                                                @ExampleObject(name = "rules-service down", value = Examples.UNAVAILABLE),
                                                @ExampleObject(name = "launch map, rules-service down",
                                                        value = LaunchMapExamples.UNAVAILABLE)})),
                        @APIResponse(name = ApiDocs.REGISTRY_DOWN, description = "The registry or the gateway's "
                                + "database cannot be reached; try again later. A publication whose call to the "
                                + "registry timed out after reaching it may have published the drafts (read them in "
                                + "the registry)",
                                headers = @Header(name = "Retry-After", description = "Seconds to wait before trying "
                                        + "again: launchcheck.gateway.retry-after when the registry cannot be reached, "
                                        + "launchcheck.database.retry-after when the database cannot be reached",
                                        schema = @Schema(type = SchemaType.INTEGER)),
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "registry down",
                                                value = ImpactExamples.REGISTRY_UNAVAILABLE))),
                        @APIResponse(name = ApiDocs.TEST_CLOCK_OFF, description = "The test clock is off "
                                + "(launchcheck.clock.test-endpoint=false, the default)",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "off", value = WaiverExamples.CLOCK_OFF))),
                        @APIResponse(name = ApiDocs.TOO_LARGE, description = "The body is larger than "
                                + "quarkus.http.limits.max-body-size",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "too large", value = Examples.TOO_LARGE))),
                        @APIResponse(name = ApiDocs.NOT_JSON, description = "The body is not sent as application/json",
                                content = @Content(mediaType = Problem.MEDIA_TYPE,
                                        schema = @Schema(implementation = Problem.class),
                                        examples = @ExampleObject(name = "not JSON", value = Examples.UNSUPPORTED)))}))
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

