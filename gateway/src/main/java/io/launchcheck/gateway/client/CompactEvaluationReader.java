package io.launchcheck.gateway.client;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.compact.CompactEvaluation;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.json.StrictJson;

/**
 * Reads the rules-service's compact evaluation ({@link CompactEvaluations#MEDIA_TYPE}) and expands it into the
 * full {@link Evaluation}, so the rest of the gateway sees exactly what the full form gives. A rules-service that
 * does not offer the compact form answers {@code application/json}, read by Quarkus' Jackson reader as before.
 * Like the client's own mapper, fields a newer rules-service adds are skipped; the answer's text was checked when the
 * registry stored it, so it is not scanned again ({@link StrictJson#internalCopy}): reading this answer is a large
 * part of what an assessment costs the gateway.
 */
@Consumes(CompactEvaluations.MEDIA_TYPE)
public class CompactEvaluationReader implements MessageBodyReader<Evaluation> {

    private final ObjectReader reader;

    @Inject
    public CompactEvaluationReader(ObjectMapper json) {
        this.reader = StrictJson.internalCopy(json).readerFor(CompactEvaluation.class);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Evaluation.class;
    }

    @Override
    public Evaluation readFrom(Class<Evaluation> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            return CompactEvaluations.expand(reader.readValue(body));
        } catch (IllegalArgumentException e) {
            throw new RulesFailureException("the rules-service sent an unusable compact evaluation: " + e.getMessage());
        }
    }
}
