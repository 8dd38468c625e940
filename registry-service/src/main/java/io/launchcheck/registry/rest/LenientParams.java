package io.launchcheck.registry.rest;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import io.launchcheck.api.Codes;
import io.launchcheck.api.problem.ProblemException;

/**
 * Reads typed query and path parameters the way people write them: an enum constant in any case, with hyphens or
 * spaces for underscores ({@link Codes#parse}), a date as {@code YYYY-MM-DD} with surrounding spaces; blank is
 * absent. A value that is neither is a 400 problem naming the parameter (the problem mapper unwraps it from the
 * exception Quarkus REST wraps it in).
 */
@Provider
public class LenientParams implements ParamConverterProvider {

    static final String DATE_MESSAGE = "must be a real date in the form YYYY-MM-DD";

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = nameOf(annotations);
        if (name == null) {
            return null;
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
}
