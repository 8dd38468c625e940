package io.launchcheck.api.openapi;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import io.launchcheck.api.problem.Problem;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * What every service's OpenAPI document says the same way and annotations cannot say once: the answers the
 * security layer and Quarkus REST give to any operation (401 and 403 for a secured one; 400, 413 and 415 for one
 * with a body; 400 for one with parameters, which may not hold control characters; 414 for a request line too long) as {@code application/problem+json} bodies, a schema for every response header, patterns anchored as
 * Bean Validation applies them, and the servers. Runs
 * when a service is built, so the document written to {@code target/openapi} and the one served are the same.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD)
public class ContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String NOT_BLANK = "\\S";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        servers(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        boolean securedByDefault = openAPI.getSecurity() != null && !openAPI.getSecurity().isEmpty();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(operation -> {
            APIResponses responses = operation.getResponses();
            if (responses == null) {
                return;
            }
            if (securedByDefault || requiresCredentials(operation)) {
                problem(responses, "401", "No valid bearer token (missing, expired, wrongly signed or for another "
                        + "audience)").addHeader("WWW-Authenticate", header("The authentication scheme to use: Bearer"));
                problem(responses, "403", "The token's roles do not allow this call (docs/security.md)");
            }
            if (operation.getRequestBody() != null) {
                problem(responses, "400", "The body is not valid (the offending fields are named)");
                problem(responses, "413", ConfiguredValues.render("The body is larger than "
                        + "quarkus.http.limits.max-body-size"));
                problem(responses, "415", "The body is not sent as one of the documented media types");
            }
            if (hasParameters(item) || hasParameters(operation)) {
                problem(responses, "400", "A path or query parameter holds control characters (it is named)");
            }
            if (responses.getAPIResponse("414") == null) {
                responses.addAPIResponse("414", OASFactory.createAPIResponse().description(ConfiguredValues.render(
                        "The request line is longer than quarkus.http.limits.max-initial-line-length; no body")));
            }
            headerSchemas(operation);
        }));
    }

    /**
     * Bean Validation's {@code @Pattern} matches the whole value, JSON Schema's {@code pattern} any part of it: a
     * pattern taken from {@code @Pattern} is anchored so the document is as strict as the server. {@code \S}, which
     * stands for {@code @NotBlank} (some character that is not a space), stays as it is.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        String pattern = schema.getPattern();
        if (pattern != null && !NOT_BLANK.equals(pattern) && !pattern.startsWith("^")) {
            schema.setPattern("^(?:" + pattern + ")$");
        }
        return schema;
    }

    /** One relative server: the API is wherever the document is served (scripts/run.sh, a cluster's ingress). */
    private static void servers(OpenAPI openAPI) {
        openAPI.setServers(null);
        openAPI.addServer(OASFactory.createServer().url("/").description("The host that serves this document"));
    }

    /** The response for {@code status}, created if missing, with a problem body if it has none. */
    /**
     * Whether the operation names a security scheme; {@code security: [{}]} (an empty requirement) documents an
     * operation that needs no token, such as a page opened with a signed link, which never answers 401.
     */
    private static boolean requiresCredentials(Operation operation) {
        return operation.getSecurity() != null && operation.getSecurity().stream()
                .anyMatch(requirement -> requirement.getSchemes() != null && !requirement.getSchemes().isEmpty());
    }

    /**
     * The response for {@code status}, created if missing, with a problem body if it has none; a response that refers
     * to a component ({@code $ref}) is described where the component is, and left as it is.
     */
    private static APIResponse problem(APIResponses responses, String status, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null) {
            response = OASFactory.createAPIResponse();
            responses.addAPIResponse(status, response);
        }
        if (response.getRef() != null) {
            return response;
        }
        if (response.getDescription() == null || response.getDescription().isBlank()
                || List.of("Not Authorized", "Not Allowed").contains(response.getDescription())) {
            response.setDescription(description);
        }
        if (response.getContent() == null || response.getContent().getMediaTypes() == null
                || response.getContent().getMediaTypes().isEmpty()) {
            response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                    OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
        }
        return response;
    }

    private static boolean hasParameters(PathItem item) {
        return item.getParameters() != null && !item.getParameters().isEmpty();
    }

    private static boolean hasParameters(Operation operation) {
        return operation.getParameters() != null && !operation.getParameters().isEmpty();
    }

    private static void headerSchemas(Operation operation) {
        Map<String, APIResponse> responses = operation.getResponses().getAPIResponses();
        if (responses == null) {
            return;
        }
        responses.values().forEach(response -> {
            if (response.getHeaders() != null) {
                response.getHeaders().values().forEach(header -> {
                    if (header.getSchema() == null && header.getContent() == null && header.getRef() == null) {
                        header.setSchema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
                    }
                });
            }
        });
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
    }
}
