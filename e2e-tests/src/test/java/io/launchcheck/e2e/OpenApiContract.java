package io.launchcheck.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;

/**
 * One service's served OpenAPI document ({@code /q/openapi}) as a contract that answers are checked against:
 * the operation (by method and path template), the status (documented, or {@code 4XX}/{@code default}),
 * the media type, and the body against the documented schema as JSON Schema 2020-12, formats asserted.
 * Driven by the document alone, so whatever the document says later is checked too.
 */
final class OpenApiContract {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String name;
    private final JsonNode document;
    private final String documentUri;
    private final SchemaRegistry schemas;
    private final List<Route> routes = new ArrayList<>();
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private record Route(String template, Pattern pattern, int parameters) {
    }

    OpenApiContract(String name, String documentJson) {
        this.name = name;
        try {
            this.document = JSON.readTree(documentJson);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.documentUri = "https://contract.launchcheck.test/" + name + "/openapi.json";
        this.schemas = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12, builder -> builder
                .schemas(Map.of(documentUri, documentJson))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        Iterator<String> paths = document.path("paths").fieldNames();
        while (paths.hasNext()) {
            String template = paths.next();
            String regex = Pattern.quote(template).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            routes.add(new Route(template, Pattern.compile(regex), template.split("\\{", -1).length - 1));
        }
        // literal paths before templated ones: /rules/history-like literals win over /rules/{id}
        routes.sort(Comparator.comparingInt(Route::parameters));
    }

    /** Fetches the document a running service serves. */
    static OpenApiContract served(String name, String baseUrl) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/q/openapi?format=json"))
                .header("Accept", "application/json").build();
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(name + " served no OpenAPI document: " + response.statusCode());
            }
            return new OpenApiContract(name, response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String name() {
        return name;
    }

    /** The documented path template a request path falls under, if the document has one. */
    Optional<String> template(String path) {
        return routes.stream().filter(route -> route.pattern().matcher(path).matches()).map(Route::template).findFirst();
    }

    /**
     * What is wrong with an answer to {@code method path}; empty when it is what the document says. A path the
     * document does not describe (health, metrics, the document itself) is not checked.
     */
    List<String> check(String method, String path, int status, String contentType, String body) {
        Optional<String> template = template(path);
        if (template.isEmpty()) {
            return List.of();
        }
        String where = name + " " + method.toUpperCase(Locale.ROOT) + " " + template.get() + " answered " + status;
        JsonNode operation = document.path("paths").path(template.get()).path(method.toLowerCase(Locale.ROOT));
        if (operation.isMissingNode()) {
            return List.of(where + ": the method is not documented for this path");
        }
        JsonNode responses = operation.path("responses");
        String key = responses.has(Integer.toString(status)) ? Integer.toString(status)
                : responses.has(status / 100 + "XX") ? status / 100 + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of(where + ": the status is not documented (documented: " + fieldNames(responses) + ")");
        }
        String responsePointer = follow("/paths/" + escape(template.get()) + "/" + method.toLowerCase(Locale.ROOT)
                + "/responses/" + escape(key));
        JsonNode content = document.at(responsePointer).path("content");
        boolean hasBody = body != null && !body.isEmpty();
        if (!hasBody) {
            return List.of();
        }
        if (content.isMissingNode() || content.isEmpty()) {
            return List.of(where + ": a " + contentType + " body where the document describes none");
        }
        String mediaType = mediaType(contentType);
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            return List.of(where + ": media type " + mediaType + " is not documented (documented: "
                    + fieldNames(content) + ")");
        }
        if (!isJson(mediaType) || !content.path(documented).has("schema")) {
            return List.of();
        }
        String pointer = responsePointer + "/content/" + escape(documented) + "/schema";
        return validate(pointer, body).stream().map(error -> where + " " + mediaType + ": " + error).toList();
    }

    /** What is wrong with a request body for {@code method template} (a documented path template). */
    List<String> checkRequestBody(String method, String template, String mediaType, String body) {
        String requestPointer = follow("/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT)
                + "/requestBody");
        JsonNode content = document.at(requestPointer).path("content");
        String documented = documentedMediaType(content, mediaType);
        if (documented == null) {
            return List.of(name + " " + method + " " + template + ": no request body of type " + mediaType);
        }
        String pointer = requestPointer + "/content/" + escape(documented) + "/schema";
        return validate(pointer, body);
    }

    /** What is wrong with an answer with {@code status} to {@code method template}, as JSON. */
    List<String> checkResponseBody(String method, String template, int status, String body) {
        String pointer = "/paths/" + escape(template) + "/" + method.toLowerCase(Locale.ROOT) + "/responses/"
                + status + "/content/application~1json/schema";
        return validate(pointer, body);
    }

    /**
     * Where a response or request body at {@code pointer} is described: the component it refers to when it is a
     * {@code $ref} within the document ({@code #/components/responses/...}), else the pointer itself.
     */
    private String follow(String pointer) {
        JsonNode ref = document.at(pointer).path("$ref");
        return ref.isTextual() && ref.asText().startsWith("#/") ? ref.asText().substring(1) : pointer;
    }

    private List<String> validate(String pointer, String body) {
        Schema schema = compiled.computeIfAbsent(pointer, p -> schemas.getSchema(
                "{\"$schema\":\"https://json-schema.org/draft/2020-12/schema\",\"$ref\":\"" + documentUri + "#" + p + "\"}",
                InputFormat.JSON));
        return schema.validate(body, InputFormat.JSON).stream().map(Object::toString).toList();
    }

    private static String documentedMediaType(JsonNode content, String mediaType) {
        if (content.has(mediaType)) {
            return mediaType;
        }
        String range = mediaType.substring(0, mediaType.indexOf('/') + 1) + "*";
        if (content.has(range)) {
            return range;
        }
        return content.has("*/*") ? "*/*" : null;
    }

    private static String mediaType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return "application/octet-stream";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
