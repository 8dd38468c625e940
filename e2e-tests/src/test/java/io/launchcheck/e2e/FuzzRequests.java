package io.launchcheck.e2e;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Requests generated from one service's served OpenAPI document, valid and invalid: for each operation, values
 * built from its parameters and request-body schema (its examples first), and mutations that make them invalid
 * (missing required fields, wrong JSON types, unknown fields, control characters, overlong strings, huge or
 * negative numbers, malformed JSON, a wrong content type, out-of-range paging, no token). Plain {@link Random}
 * with a seed: the same seed gives the same requests.
 */
final class FuzzRequests {

    /** What the answer must be: {@code VALID} and {@code LENIENT} any non-5xx, {@code INVALID} a 4xx. */
    enum Expect { VALID, LENIENT, INVALID }

    record Request(String service, String method, String path, String token, String contentType, String body,
            Expect expect, String why) {

        String describe() {
            String excerpt = body == null ? "" : " body " + abridged(body.replaceAll("\\p{Cntrl}", "\\\\c"), 300);
            return expect + " (" + why + ") " + method + " " + abridged(path, 300) + " [" + contentType + "]" + excerpt;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> WRITES = List.of("post", "put", "patch", "delete");
    private static final String[] CONTROL = {"\u0000", "\u0001", "\u0007", "\u001b", "\u007f", "\b"};

    private final String service;
    private final JsonNode document;
    private final Random random;
    private final String token;
    /** The registry is never written to: its writes get only invalid bodies and {@code example-} ids. */
    private final boolean protectWrites;
    private final List<String> knownIds;

    FuzzRequests(String service, String documentJson, Random random, String token, boolean protectWrites,
            List<String> knownIds) {
        this.service = service;
        try {
            this.document = JSON.readTree(documentJson);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(service + " served an unreadable OpenAPI document", e);
        }
        this.random = random;
        this.token = token;
        this.protectWrites = protectWrites;
        this.knownIds = knownIds;
    }

    /** The documented operations, as "method path" pairs. */
    List<String[]> operations() {
        List<String[]> operations = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                operations.add(new String[] {method, path.getKey()});
            }
        }));
        return operations;
    }

    /** One request for {@code method template}, valid or mutated, chosen at random. */
    Request next(String method, String template) {
        JsonNode operation = document.path("paths").path(template).path(method);
        boolean write = protectWrites && WRITES.contains(method);
        JsonNode bodySchema = resolve(operation.path("requestBody").path("content").path("application/json").path("schema"));
        boolean hasBody = !bodySchema.isMissingNode();
        boolean bodyRequired = operation.path("requestBody").path("required").asBoolean(false);
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(p -> parameters.add(resolve(p)));
        document.path("paths").path(template).path("parameters").forEach(p -> parameters.add(resolve(p)));

        String path = template;
        List<String> query = new ArrayList<>();
        String why = "valid";
        Expect expect = write ? null : Expect.VALID;
        int choice = random.nextInt(10);
        // 0-2 valid (not for protected writes), 3 path id, 4 query parameter, 5-8 body, 9 transport
        if (write) {
            choice = hasBody ? 5 + random.nextInt(5) : 3 + 6 * random.nextInt(2);
        }
        JsonNode queryTarget = null;
        if (choice == 4) {
            List<JsonNode> queries = parameters.stream().filter(p -> "query".equals(p.path("in").asText())).toList();
            if (queries.isEmpty()) {
                choice = hasBody ? 5 : 3;
            } else {
                queryTarget = queries.get(random.nextInt(queries.size()));
            }
        }
        if (choice >= 5 && choice <= 8 && !hasBody) {
            choice = 3;
        }
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            JsonNode schema = resolve(parameter.path("schema"));
            String in = parameter.path("in").asText();
            if ("path".equals(in)) {
                String value = pathValue(write, choice == 3);
                if (choice == 3) {
                    why = "random path id";
                    expect = expect == null ? Expect.INVALID : Expect.LENIENT;
                }
                path = path.replace("{" + name + "}", encode(value));
            } else if ("query".equals(in)) {
                if (parameter == queryTarget) {
                    String[] mutated = invalidQueryValue(schema);
                    query.add(name + "=" + encode(mutated[0]));
                    why = "query " + name + ": " + mutated[1];
                    expect = mutated[2] != null ? Expect.INVALID : Expect.LENIENT;
                } else if (parameter.path("required").asBoolean(false) || random.nextInt(3) == 0) {
                    query.add(name + "=" + encode(scalar(validValue(schema, name, 0))));
                }
            }
        }
        if (!query.isEmpty()) {
            path += "?" + String.join("&", query);
        }

        String contentType = hasBody ? "application/json" : null;
        String body = null;
        if (hasBody && (bodyRequired || random.nextInt(4) > 0 || choice >= 5)) {
            JsonNode base = baseBody(operation, bodySchema);
            body = base.toString();
            if (choice >= 5 && choice <= 8) {
                String[] mutated = mutateBody(base, bodySchema);
                body = mutated[0];
                why = "body: " + mutated[1];
                boolean documentedLimit = operation.path("responses").has("413");
                expect = mutated.length > 2 && !documentedLimit ? Expect.LENIENT : Expect.INVALID;
            }
        }
        if (choice == 9) {
            switch (random.nextInt(hasBody ? 4 : 1)) {
                case 0 -> {
                    return new Request(service, method, path, null, contentType, body, Expect.INVALID, "no token");
                }
                case 1 -> {
                    return new Request(service, method, path, token, "text/plain", body == null ? "{}" : body,
                            Expect.INVALID, "wrong content type");
                }
                case 2 -> {
                    return new Request(service, method, path, token, contentType,
                            malformed(body == null ? "{}" : body), Expect.INVALID, "malformed JSON");
                }
                default -> {
                    if (bodyRequired) {
                        return new Request(service, method, path, token, contentType, null, Expect.INVALID, "no body");
                    }
                    return new Request(service, method, path, token, contentType, "[]", Expect.INVALID, "array body");
                }
            }
        }
        if (expect == null) {
            // a protected write that found nothing to break: send it without a token
            return new Request(service, method, path, null, contentType, body, Expect.INVALID, "no token");
        }
        return new Request(service, method, path, token, contentType, body, expect, why);
    }

    private String pathValue(boolean write, boolean random) {
        if (write) {
            return "example-fuzz-" + Integer.toHexString(this.random.nextInt());
        }
        if (!random) {
            return knownIds.isEmpty() || this.random.nextBoolean() ? uuid()
                    : knownIds.get(this.random.nextInt(knownIds.size()));
        }
        return switch (this.random.nextInt(6)) {
            case 0 -> uuid();
            case 1 -> "0";
            case 2 -> "-1";
            case 3 -> "x".repeat(2000);
            case 4 -> "caf\u00e9 \u0001%;'\"<>";
            default -> "fuzz-" + Integer.toHexString(this.random.nextInt());
        };
    }

    /** {value, what it is, non-null when the document makes it invalid}. */
    private String[] invalidQueryValue(JsonNode schema) {
        String type = type(schema);
        List<String[]> options = new ArrayList<>();
        options.add(new String[] {"fuzz\u0000\u0001", "control characters", "invalid"});
        if ("integer".equals(type) || "number".equals(type)) {
            options.add(new String[] {"abc", "not a number", "invalid"});
            options.add(new String[] {"99999999999999999999999", "huge", "invalid"});
            if (schema.has("minimum")) {
                options.add(new String[] {Long.toString(schema.path("minimum").asLong() - 1), "below minimum", "invalid"});
            } else {
                options.add(new String[] {"-5", "negative", null});
            }
            if (schema.has("maximum")) {
                options.add(new String[] {Long.toString(schema.path("maximum").asLong() + 1), "above maximum", "invalid"});
            }
        } else if ("boolean".equals(type)) {
            options.add(new String[] {"maybe", "not a boolean", "invalid"});
        } else if (schema.has("enum")) {
            options.add(new String[] {"NOT_A_VALUE", "not in the enum", "invalid"});
        } else if ("date".equals(schema.path("format").asText())) {
            options.add(new String[] {"2025-02-30", "impossible date", "invalid"});
        } else {
            options.add(new String[] {"x".repeat(5000), "overlong", schema.has("maxLength") ? "invalid" : null});
        }
        return options.get(random.nextInt(options.size()));
    }

    private JsonNode baseBody(JsonNode operation, JsonNode schema) {
        List<JsonNode> examples = new ArrayList<>();
        JsonNode content = operation.path("requestBody").path("content").path("application/json");
        content.path("examples").forEach(e -> examples.add(e.path("value")));
        if (content.has("example")) {
            examples.add(content.path("example"));
        }
        if (!examples.isEmpty() && random.nextInt(3) > 0) {
            JsonNode example = examples.get(random.nextInt(examples.size()));
            if (example.isTextual()) {
                try {
                    return JSON.readTree(example.asText());
                } catch (java.io.IOException e) {
                    // not JSON: generate instead
                }
            } else if (!example.isMissingNode()) {
                return example.deepCopy();
            }
        }
        return validValue(schema, "body", 0);
    }

    /** {body, what was done}: one mutation that the document or the strict reading makes invalid. */
    private String[] mutateBody(JsonNode base, JsonNode schema) {
        for (int attempt = 0; attempt < 10; attempt++) {
            JsonNode copy = base.deepCopy();
            List<String[]> done = new ArrayList<>();
            if (mutateSomewhere(copy, schema, "", done) && !done.isEmpty()) {
                String[] what = done.get(0);
                return what.length > 1 ? new String[] {copy.toString(), what[0], what[1]}
                        : new String[] {copy.toString(), what[0]};
            }
        }
        return new String[] {malformed(base.toString()), "malformed JSON"};
    }

    /** Walks down to a random object and mutates one of its fields; records what it did. */
    private boolean mutateSomewhere(JsonNode node, JsonNode schema, String where, List<String[]> done) {
        schema = resolve(schema);
        if (node instanceof ArrayNode array && !array.isEmpty()) {
            int index = random.nextInt(array.size());
            if (random.nextInt(3) > 0 && array.get(index).isContainerNode()) {
                return mutateSomewhere(array.get(index), schema.path("items"), where + "[" + index + "]", done);
            }
            array.set(index, wrongType(array.get(index)));
            done.add(new String[] {where + "[" + index + "] of the wrong type"});
            return true;
        }
        if (!(node instanceof ObjectNode object)) {
            return false;
        }
        List<String> fields = new ArrayList<>();
        object.fieldNames().forEachRemaining(fields::add);
        if (!fields.isEmpty() && random.nextInt(3) == 0) {
            String field = fields.get(random.nextInt(fields.size()));
            JsonNode child = object.get(field);
            if (child.isContainerNode()
                    && mutateSomewhere(child, properties(schema).path(field), where + "." + field, done)) {
                return true;
            }
        }
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        required.retainAll(fields);
        int kind = random.nextInt(6);
        if (kind == 0 && !required.isEmpty()) {
            String field = required.get(random.nextInt(required.size()));
            object.remove(field);
            done.add(new String[] {"required " + where + "." + field + " missing"});
            return true;
        }
        if (kind == 1 && !properties(schema).isEmpty()) {
            object.put("fuzzUnknown" + random.nextInt(100), "x");
            done.add(new String[] {"unknown field in " + (where.isEmpty() ? "the body" : where)});
            return true;
        }
        if (fields.isEmpty()) {
            return false;
        }
        String field = fields.get(random.nextInt(fields.size()));
        JsonNode value = object.get(field);
        JsonNode fieldSchema = resolve(properties(schema).path(field));
        if (value.isTextual() && kind == 2) {
            object.put(field, value.asText() + CONTROL[random.nextInt(CONTROL.length)] + "z");
            done.add(new String[] {where + "." + field + " with a control character"});
        } else if (value.isTextual() && kind == 3 && fieldSchema.has("maxLength")) {
            object.put(field, value.asText() + "x".repeat(fieldSchema.path("maxLength").asInt() + 1));
            done.add(new String[] {where + "." + field + " over maxLength"});
        } else if (value.isTextual() && kind == 5) {
            object.put(field, value.asText() + "x".repeat(300_000));
            done.add(new String[] {where + "." + field + " overlong (300,000 characters)", "lenient"});
        } else if (value.isNumber() && kind == 3 && "integer".equals(type(fieldSchema))) {
            object.set(field, NODES.numberNode(new java.math.BigInteger("1" + "0".repeat(40))));
            done.add(new String[] {where + "." + field + " huge"});
        } else if (value.isNumber() && kind == 4 && fieldSchema.has("minimum")) {
            object.put(field, fieldSchema.path("minimum").asLong() - 1000);
            done.add(new String[] {where + "." + field + " below minimum"});
        } else if (value.isTextual() && fieldSchema.has("enum")) {
            object.put(field, "NOT_A_" + field.toUpperCase(Locale.ROOT));
            done.add(new String[] {where + "." + field + " not in the enum"});
        } else {
            object.set(field, wrongType(value));
            done.add(new String[] {where + "." + field + " of the wrong JSON type"});
        }
        return true;
    }

    private JsonNode wrongType(JsonNode value) {
        if (value.isTextual()) {
            return random.nextBoolean() ? NODES.numberNode(42) : NODES.booleanNode(true);
        }
        if (value.isNumber() || value.isBoolean()) {
            return NODES.textNode("fuzz");
        }
        if (value.isArray()) {
            return NODES.textNode("not-a-list");
        }
        if (value.isObject()) {
            return NODES.arrayNode().add(1);
        }
        return NODES.objectNode();
    }

    /** Text that is not one JSON value (a cut that happens to leave JSON gets a stray brace). */
    private String malformed(String body) {
        String text = cut(body);
        try {
            JSON.readTree(text);
            return text + "}";
        } catch (java.io.IOException notJson) {
            return text;
        }
    }

    private String cut(String body) {
        return switch (random.nextInt(5)) {
            case 0 -> body.substring(0, Math.max(1, body.length() / 2));
            case 1 -> body + "}";
            case 2 -> body.replaceFirst(":", "");
            case 3 -> "{\"a\": \u0000}";
            default -> body.replaceFirst("\"", "'");
        };
    }

    /** A value the schema allows (as far as this generator can tell). */
    JsonNode validValue(JsonNode schema, String name, int depth) {
        schema = resolve(schema);
        if (schema.has("example") && random.nextBoolean()) {
            return schema.path("example").deepCopy();
        }
        if (schema.has("enum")) {
            JsonNode values = schema.path("enum");
            return values.get(random.nextInt(values.size())).deepCopy();
        }
        for (String combinator : new String[] {"oneOf", "anyOf", "allOf"}) {
            if (schema.has(combinator) && !schema.has("properties")) {
                return validValue(schema.path(combinator).get(0), name, depth);
            }
        }
        String type = type(schema);
        switch (type) {
            case "integer", "number" -> {
                long min = schema.has("minimum") ? schema.path("minimum").asLong() : 0;
                long max = schema.has("maximum") ? schema.path("maximum").asLong() : min + 100;
                return NODES.numberNode(min + (long) (random.nextDouble() * Math.min(max - min, 100)));
            }
            case "boolean" -> {
                return NODES.booleanNode(random.nextBoolean());
            }
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                int items = Math.max(schema.path("minItems").asInt(0), depth < 3 ? 1 : 0);
                for (int i = 0; i < items; i++) {
                    array.add(validValue(schema.path("items"), name, depth + 1));
                }
                return array;
            }
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                List<String> required = new ArrayList<>();
                schema.path("required").forEach(r -> required.add(r.asText()));
                Iterator<String> names = properties(schema).fieldNames();
                while (names.hasNext()) {
                    String property = names.next();
                    if (depth < 4 && (required.contains(property) || random.nextInt(3) == 0)) {
                        object.set(property, validValue(properties(schema).path(property), property, depth + 1));
                    }
                }
                return object;
            }
            default -> {
                return NODES.textNode(switch (schema.path("format").asText()) {
                    case "date" -> "2025-03-01";
                    case "date-time" -> "2025-03-01T09:00:00Z";
                    case "uuid" -> uuid();
                    default -> "example-" + name.toLowerCase(Locale.ROOT);
                });
            }
        }
    }

    private JsonNode properties(JsonNode schema) {
        schema = resolve(schema);
        if (schema.has("properties")) {
            return schema.path("properties");
        }
        ObjectNode merged = NODES.objectNode();
        schema.path("allOf").forEach(part -> merged.setAll((ObjectNode) properties(part).deepCopy()));
        return merged;
    }

    private String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private JsonNode resolve(JsonNode node) {
        for (int hops = 0; hops < 10 && node.has("$ref"); hops++) {
            node = document.at(node.path("$ref").asText().substring(1));
        }
        return node;
    }

    /** A random UUID from the seeded generator, so a seed repeats its requests. */
    private String uuid() {
        return new UUID(random.nextLong(), random.nextLong()).toString();
    }

    private static String scalar(JsonNode value) {
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String abridged(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length) + "…";
    }
}
