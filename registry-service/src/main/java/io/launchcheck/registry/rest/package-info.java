/**
 * The registry's HTTP resources. The OpenAPI components declared here are answers several operations give the same
 * way, written once and referred to by name ({@link io.launchcheck.registry.rest.SharedResponses}); SmallRye OpenAPI
 * reads {@code @OpenAPIDefinition} only from an {@code Application} class or a package-info. The document's info
 * comes from the {@code quarkus.smallrye-openapi.info-*} properties, which take precedence over the one here.
 */
@OpenAPIDefinition(info = @Info(title = "LaunchCheck rule registry", version = "1.0.0"),
        components = @Components(responses = {
                @APIResponse(name = SharedResponses.INVALID_BODY, description = "Invalid body",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "invalid", value = Examples.BAD_REQUEST_PROBLEM))),
                @APIResponse(name = SharedResponses.IF_MATCH_MISSING, description = "If-Match is missing",
                        content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class),
                                examples = @ExampleObject(name = "no If-Match",
                                        value = Examples.PRECONDITION_REQUIRED_PROBLEM)))}))
package io.launchcheck.registry.rest;

import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

import io.launchcheck.api.problem.Problem;
