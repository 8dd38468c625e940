package io.launchcheck.api.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Thrown anywhere in a service to answer with a problem details body; mapped by {@link ProblemMappers}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String title, String detail, List<Problem.FieldError> errors,
            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    public static ProblemException badRequest(String field, String message) {
        return new ProblemException(400, "Invalid request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException badRequest(List<Problem.FieldError> errors) {
        return new ProblemException(400, "Invalid request", summarize(errors), errors, null);
    }

    public static ProblemException unprocessable(String field, String message) {
        return new ProblemException(422, "Unprocessable request", field + ": " + message,
                List.of(new Problem.FieldError(field, message)), null);
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, null, null);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, null, null);
    }

    public static ProblemException conflict(String field, String detail) {
        return new ProblemException(409, "Conflict", detail,
                field == null ? null : List.of(new Problem.FieldError(field, detail)), null);
    }

    public static ProblemException preconditionFailed(String detail) {
        return new ProblemException(412, "Precondition failed", detail,
                List.of(new Problem.FieldError("If-Match", detail)), null);
    }

    public static ProblemException preconditionRequired(String detail) {
        return new ProblemException(428, "Precondition required", detail,
                List.of(new Problem.FieldError("If-Match", detail)), null);
    }

    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(503, "Service unavailable", detail, null,
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    /** The service's database cannot be reached: nothing was read or stored; try again later. */
    public static ProblemException databaseUnavailable(int retryAfterSeconds) {
        return unavailable("The service's database cannot be reached; nothing was read or stored. Try again later.",
                retryAfterSeconds);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** {@code field: message; field: message}: the detail of a problem that names fields. */
    public static String summarize(List<Problem.FieldError> errors) {
        return errors.stream().map(error -> error.field() + ": " + error.message())
                .collect(Collectors.joining("; "));
    }
}
