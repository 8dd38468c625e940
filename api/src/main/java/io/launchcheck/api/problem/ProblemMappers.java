package io.launchcheck.api.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every error of a service into an {@code application/problem+json} body (RFC 9457) that names the
 * offending fields. No stack traces or class names ever reach a client.
 * <p>
 * Quarkus REST answers a {@link MismatchedInputException} (wrong JSON type, impossible date) with its own
 * plain JSON body and wraps other Jackson errors (unknown enum values, malformed JSON) in a bare 400
 * {@link WebApplicationException}; the mappers for those two run before Quarkus' own so the field is named.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder response = build(e.status(), e.title(), e.getMessage(), e.errors(), uri);
        e.headers().forEach(response::header);
        return response.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message))
                .toList();
        return build(400, "Invalid request", summarize(errors), errors, uri).build();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        List<Problem.FieldError> errors = JsonProblems.of(e);
        if (JsonProblems.malformed(e) != null) {
            return build(400, "Malformed JSON", JsonProblems.malformedDetail(e), errors, uri).build();
        }
        return build(400, "Invalid request", summarize(errors), errors, uri).build();
    }

    @ServerExceptionMapper(priority = Priorities.USER - 100)
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadableJson(json, uri);
        }
        if (e.getCause() instanceof ProblemException problem) {
            // a parameter converter's own problem, which Quarkus REST wraps in a 404 (query) or 400
            return problem(problem, uri);
        }
        if (e.getCause() instanceof NumberFormatException number && uri != null) {
            // a typed query or path parameter that is not a number: JAX-RS answers 404 (query) or 400 without a name
            Problem.FieldError error = new Problem.FieldError(parameterWith(number, uri), "must be a whole number");
            return build(400, "Invalid request", summarize(List.of(error)), List.of(error), uri).build();
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        Response.StatusType type = Response.Status.fromStatusCode(status);
        String title = type == null ? "Error" : type.getReasonPhrase();
        String detail = clean(e.getMessage()) ? e.getMessage() : detailOf(status, title);
        Response.ResponseBuilder response = build(status, title, detail, List.of(), uri);
        original.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Content-Type") && !name.equalsIgnoreCase("Content-Length")) {
                values.forEach(value -> response.header(name, value));
            }
        });
        return response.build();
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        if (DatabaseFailures.unreachable(e)) {
            LOG.warnf("Database unreachable on %s: %s", uri.getPath(), e.toString());
            ProblemException unavailable = ProblemException.databaseUnavailable(databaseRetryAfter());
            return problem(unavailable, uri);
        }
        LOG.error("Unexpected error on " + uri.getPath(), e);
        return build(500, "Internal error", "The request could not be completed; it has been logged.", List.of(), uri)
                .build();
    }

    /** The query or path parameter whose value a failed number conversion quotes ({@code For input string: "abc"}). */
    private static String parameterWith(NumberFormatException e, UriInfo uri) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        for (var parameters : List.of(uri.getQueryParameters(), uri.getPathParameters())) {
            for (var parameter : parameters.entrySet()) {
                for (String value : parameter.getValue()) {
                    if (message.contains("\"" + value + "\"") || message.contains("\"" + value.strip() + "\"")) {
                        return parameter.getKey();
                    }
                }
            }
        }
        return "query";
    }

    /** Whether a message is ours to show: not a framework's default naming HTTP codes, annotations or classes. */
    private static boolean clean(String message) {
        return message != null && !message.startsWith("HTTP ") && !message.contains("@") && !message.contains("`")
                && !message.matches("(?s).*\\b(java|jakarta|io|org|com)\\.[a-z].*") && !message.contains("JsonToken")
                && !message.contains("RESTEASY");
    }

    private static String detailOf(int status, String title) {
        return switch (status) {
            case 404 -> "There is nothing at this path.";
            case 405 -> "This method is not allowed on this path.";
            case 406 -> "No representation named in Accept can be produced; ask for application/json.";
            case 415 -> "The body's Content-Type is not accepted here; send application/json.";
            default -> title;
        };
    }

    /** Seconds a client should wait when the database is unreachable ({@code launchcheck.database.retry-after}). */
    private static int databaseRetryAfter() {
        return ConfigProvider.getConfig().getOptionalValue("launchcheck.database.retry-after", Integer.class).orElse(5);
    }

    static String summarize(List<Problem.FieldError> errors) {
        return ProblemException.summarize(errors);
    }

    private static Response.ResponseBuilder build(int status, String title, String detail,
            List<Problem.FieldError> errors, UriInfo uri) {
        String type = "https://launchcheck.io/problems/" + title.toLowerCase().replace(' ', '-');
        Problem body = new Problem(type, title, status, detail, uri == null ? null : uri.getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body);
    }

    /** {@code create.rule.requirement.storageCountries[0]} becomes {@code requirement.storageCountries[0]}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.PARAMETER || kind == ElementKind.CONSTRUCTOR
                    || kind == ElementKind.RETURN_VALUE || kind == ElementKind.CROSS_PARAMETER) {
                continue;
            }
            if (node.getIndex() != null && field.length() > 0 && kind != ElementKind.CONTAINER_ELEMENT) {
                // the index belongs to the previous (container) node
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getIndex() != null && kind == ElementKind.CONTAINER_ELEMENT) {
                field.append('[').append(node.getIndex()).append(']');
                continue;
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        if (field.length() == 0) {
            // a parameter-level constraint such as a missing body
            List<String> names = new ArrayList<>();
            violation.getPropertyPath().forEach(node -> names.add(node.getName()));
            return names.isEmpty() ? "body" : names.get(names.size() - 1);
        }
        return field.toString();
    }
}
