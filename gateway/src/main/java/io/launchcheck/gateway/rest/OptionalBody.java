package io.launchcheck.gateway.rest;

import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.MediaType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads an optional JSON body strictly: absent, empty or JSON {@code null} is null; anything else is validated. */
final class OptionalBody {

    private OptionalBody() {
    }

    static <T> T read(ObjectMapper json, Validator validator, String contentType, String body, Class<T> type)
            throws JsonProcessingException {
        if (body == null || body.isBlank()) {
            return null;
        }
        if (contentType != null && !MediaType.valueOf(contentType).isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            throw new NotSupportedException("The body must be application/json");
        }
        T value = json.readValue(body, type);
        if (value == null) {
            return null;
        }
        Set<ConstraintViolation<T>> violations = validator.validate(value);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return value;
    }
}
