package io.launchcheck.api.problem;

import java.time.DateTimeException;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.text.similarity.LevenshteinDistance;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.launchcheck.api.json.UnacceptableTextException;

/**
 * Turns a Jackson error into the fields at fault, in words a client understands: never a Java class, a
 * Jackson token or a framework annotation. Malformed JSON is located by line and column.
 */
final class JsonProblems {

    /** The field named when the whole body is at fault (it is not an object, it is empty, ...). */
    static final String BODY = "body";

    /** At most this many edits, and one per three letters of the unknown name, make a likely typo. */
    private static final int MAX_SUGGESTION_DISTANCE = 4;
    private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'");
    private static final Pattern SOURCE = Pattern.compile("\\s*(\\(start marker at )?\\[Source: .*?; line: \\d+, column: \\d+\\]\\)?",
            Pattern.DOTALL);
    private static final Pattern TOKEN = Pattern.compile("\\(?(JsonToken\\.)?(START_ARRAY|END_ARRAY|START_OBJECT|END_OBJECT|"
            + "VALUE_STRING|VALUE_NUMBER_INT|VALUE_NUMBER_FLOAT|VALUE_TRUE|VALUE_FALSE|VALUE_NULL|FIELD_NAME|"
            + "VALUE_EMBEDDED_OBJECT|NOT_AVAILABLE)\\)?");
    private static final Map<String, String> TOKEN_WORDS = Map.ofEntries(Map.entry("START_ARRAY", "an array"),
            Map.entry("END_ARRAY", "the end of an array"), Map.entry("START_OBJECT", "an object"),
            Map.entry("END_OBJECT", "the end of an object"), Map.entry("VALUE_STRING", "a string"),
            Map.entry("VALUE_NUMBER_INT", "a number"), Map.entry("VALUE_NUMBER_FLOAT", "a number"),
            Map.entry("VALUE_TRUE", "true"), Map.entry("VALUE_FALSE", "false"), Map.entry("VALUE_NULL", "null"),
            Map.entry("FIELD_NAME", "a field name"), Map.entry("VALUE_EMBEDDED_OBJECT", "a value"),
            Map.entry("NOT_AVAILABLE", "nothing"));
    private static final Pattern JAVA_NAME = Pattern.compile("`?\\b[a-z]+(\\.[A-Za-z_$][A-Za-z0-9_$]*)+`?");

    private JsonProblems() {
    }

    /** The fields at fault, each with what is wrong with it. */
    static List<Problem.FieldError> of(JsonProcessingException e) {
        StreamReadException malformed = malformed(e);
        if (malformed != null) {
            String message = malformedMessage(malformed);
            if (DUPLICATE.matcher(Objects.toString(malformed.getOriginalMessage(), "")).find()) {
                message = "appears more than once in the same object";
            }
            return List.of(new Problem.FieldError(fieldAt(malformed), message));
        }
        JsonMappingException mapping = (JsonMappingException) e;
        return List.of(new Problem.FieldError(pathOf(mapping.getPath()), messageOf(mapping)));
    }

    /** The parse error behind this one (Jackson wraps it with the path of the objects it was reading), if any. */
    static StreamReadException malformed(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof StreamReadException parse) {
                return parse;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    /** The detail of a malformed body: where it broke and why. */
    static String malformedDetail(JsonProcessingException e) {
        StreamReadException malformed = malformed(e);
        Problem.FieldError error = of(e).get(0);
        String where = BODY.equals(error.field()) ? "" : " at " + error.field();
        return "The request body is not valid JSON" + where + " (" + location(malformed == null ? e : malformed) + "): "
                + error.message();
    }

    private static String location(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        if (location == null || location.getLineNr() < 0) {
            return "position unknown";
        }
        return "line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    /** The field the parser was in when it failed, from its context (a duplicate names the repeated field). */
    private static String fieldAt(StreamReadException e) {
        JsonParser parser = e.getProcessor();
        if (parser == null) {
            return BODY;
        }
        StringBuilder field = new StringBuilder();
        JsonStreamContext innermost = parser.getParsingContext();
        boolean ended = e instanceof JsonEOFException
                || Objects.toString(e.getOriginalMessage(), "").contains("end-of-input");
        if (ended && innermost != null && innermost.inObject()) {
            // the body ended inside an object: name the object, not the last field read in it
            innermost = innermost.getParent();
        }
        for (JsonStreamContext context = innermost; context != null && !context.inRoot();
                context = context.getParent()) {
            if (context.inArray()) {
                field.insert(0, "[" + Math.max(context.getCurrentIndex(), 0) + "]");
            } else if (context.getCurrentName() != null) {
                field.insert(0, "." + context.getCurrentName());
            }
        }
        String path = field.toString().replace(".[", "[");
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? BODY : path;
    }

    private static String malformedMessage(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) {
            return "is not valid JSON";
        }
        message = SOURCE.matcher(message).replaceAll("");
        Matcher token = TOKEN.matcher(message);
        StringBuilder words = new StringBuilder();
        while (token.find()) {
            token.appendReplacement(words, Matcher.quoteReplacement(TOKEN_WORDS.getOrDefault(token.group(2), "a value")));
        }
        token.appendTail(words);
        return JAVA_NAME.matcher(words.toString()).replaceAll("value").strip();
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (field.length() > 0) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.length() == 0 ? BODY : field.toString();
    }

    private static String messageOf(JsonMappingException e) {
        if (e instanceof UnacceptableTextException text) {
            return text.problem();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownField(unknown);
        }
        Throwable cause = e.getCause();
        while (cause != null) {
            if (cause instanceof IllegalArgumentException && cause.getMessage() != null
                    && !JAVA_NAME.matcher(cause.getMessage()).find()) {
                return cause.getMessage();
            }
            if (cause instanceof DateTimeException) {
                return "must be a real date in the form YYYY-MM-DD";
            }
            cause = cause.getCause();
        }
        String original = Objects.toString(e.getOriginalMessage(), "");
        if (original.startsWith("No content to map") || original.contains("end-of-input")) {
            return "a JSON body is required";
        }
        if (original.startsWith("Trailing token")) {
            return "must be a single JSON value with nothing after it";
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return "is invalid";
    }

    /** What a field of this Java type must be, in JSON words. */
    private static String expected(Class<?> type) {
        if (type == String.class || CharSequence.class.isAssignableFrom(type)) {
            return "must be a string";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class) {
            return "must be a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "must be a number";
        }
        if (type.isEnum()) {
            return "must be a string, one of " + List.of(type.getEnumConstants());
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return type == java.time.LocalDate.class ? "must be a real date in the form YYYY-MM-DD"
                    : "must be a date and time in ISO 8601 form";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "must be an array";
        }
        return "must be an object";
    }

    private static String unknownField(UnrecognizedPropertyException e) {
        String name = e.getPropertyName();
        String nearest = nearest(name, e.getKnownPropertyIds());
        return nearest == null ? "is not a known field" : "is not a known field; did you mean '" + nearest + "'?";
    }

    /** The known field closest to the unknown one, if one is close enough to be a likely typo. */
    static String nearest(String name, Collection<Object> known) {
        if (name == null || known == null || known.isEmpty()) {
            return null;
        }
        LevenshteinDistance distance = LevenshteinDistance.getDefaultInstance();
        String lower = name.toLowerCase();
        return known.stream().map(String::valueOf)
                .map(candidate -> Map.entry(candidate, distance.apply(lower, candidate.toLowerCase())))
                .filter(entry -> entry.getValue() <= Math.min(MAX_SUGGESTION_DISTANCE, Math.max(1, name.length() / 3))
                        || lower.length() >= 4 && entry.getKey().toLowerCase().startsWith(lower))
                .min(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue)
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey)
                .orElse(null);
    }
}
