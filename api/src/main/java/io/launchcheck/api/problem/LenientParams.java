package io.launchcheck.api.problem;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import io.launchcheck.api.Codes;

/**
 * Reads typed query and path parameters the way people write them, in every service: an enum constant in any case,
 * with hyphens or spaces for underscores ({@link Codes#parse}), a date as {@code YYYY-MM-DD} with surrounding spaces,
 * a {@code Boolean} as {@code true} or {@code false} in any case (never another word silently read as false); blank is
 * absent. A value that is neither is a 400 problem naming the parameter (the problem mapper unwraps it from
 * the exception Quarkus REST wraps it in). A {@code UUID} path id marked {@link IdOf} that is no UUID names nothing:
 * it is the 404 an unknown id gets ({@code No assessment with id ...}).
 */
@Provider
public class LenientParams implements ParamConverterProvider {

    public static final String DATE_MESSAGE = "must be a real date in the form YYYY-MM-DD";
    public static final String FLAG_MESSAGE = "must be true or false";

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
        }
        IdOf id = idOf(annotations);
        if (rawType == UUID.class && id != null) {
            return (ParamConverter<T>) new PathId(id.value());
        }
        if (rawType == Boolean.class) {
            return new Lenient<>(name, value -> (T) flag(value));
        }
        if (rawType.isEnum()) {
            return new Lenient<>(name, value -> (T) Codes.parse((Class) rawType, value));
        }
        if (rawType == LocalDate.class) {
            return new Lenient<>(name, value -> {
                try {
                    return (T) LocalDate.parse(value.strip());
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException(DATE_MESSAGE, e);
                }
            });
        }
        return null;
    }

    /** {@code true} or {@code false} in any case; anything else is no answer to a yes-or-no question. */
    private static Boolean flag(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw new IllegalArgumentException(FLAG_MESSAGE);
        };
    }

    private static String nameOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
        }
        return null;
    }

    private static IdOf idOf(Annotation[] annotations) {
        for (Annotation annotation : annotations) {
            if (annotation instanceof IdOf id) {
                return id;
            }
        }
        return null;
    }

    private interface Parser<T> {
        T parse(String value);
    }

    private record Lenient<T>(String name, Parser<T> parser) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return parser.parse(value);
            } catch (IllegalArgumentException e) {
                throw ProblemException.badRequest(name, e.getMessage());
            }
        }

        @Override
        public String toString(T value) {
            return value == null ? null : value instanceof Enum<?> constant ? constant.name() : value.toString();
        }
    }

    private record PathId(String what) implements ParamConverter<UUID> {

        @Override
        public UUID fromString(String value) {
            try {
                return UUID.fromString(value.strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.notFound("No " + what + " with id " + value);
            }
        }

        @Override
        public String toString(UUID value) {
            return value == null ? null : value.toString();
        }
    }
}
