package io.launchcheck.rules.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.compact.CompactEvaluations;

/**
 * Writes an evaluation in its compact form when the caller asks for {@link CompactEvaluations#MEDIA_TYPE} (the
 * gateway does): each cited rule's texts once instead of in every finding. A caller that asks for
 * {@code application/json} gets the full form from Quarkus' Jackson writer.
 */
@Provider
@Produces(CompactEvaluations.MEDIA_TYPE)
public class CompactEvaluationWriter implements MessageBodyWriter<Evaluation> {

    private final ObjectMapper json;

    @Inject
    public CompactEvaluationWriter(ObjectMapper json) {
        this.json = CompactEvaluations.writer(json);
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return Evaluation.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Evaluation evaluation, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        json.writeValue(out, CompactEvaluations.compact(evaluation));
    }
}
