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
import io.launchcheck.api.compact.CompactEvaluation;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.compact.RuleTextDigests;

/**
 * Writes an evaluation in its compact form when the caller asks for {@link CompactEvaluations#MEDIA_TYPE} (the
 * gateway does): each cited rule's texts once instead of in every finding; or, for
 * {@link CompactEvaluations#MEDIA_TYPE_V3} (a gateway that holds the texts of earlier answers), only their digests;
 * for {@link CompactEvaluations#MEDIA_TYPE_V4}, the not-checked rules by digest as well. The digests of the texts
 * seen last are remembered, so an answer hashes only texts that are new. A caller that asks
 * for {@code application/json} gets the full form from Quarkus' Jackson writer.
 */
@Provider
@Produces({CompactEvaluations.MEDIA_TYPE, CompactEvaluations.MEDIA_TYPE_V3, CompactEvaluations.MEDIA_TYPE_V4})
public class CompactEvaluationWriter implements MessageBodyWriter<Evaluation> {

    /** Digests remembered: a few hundred bytes each, several times the rules a ruleset cites. */
    static final long DIGESTS_REMEMBERED = 10_000;

    private static final MediaType V3 = MediaType.valueOf(CompactEvaluations.MEDIA_TYPE_V3);
    private static final MediaType V4 = MediaType.valueOf(CompactEvaluations.MEDIA_TYPE_V4);

    private final ObjectMapper json;
    private final RuleTextDigests digests = new RuleTextDigests(DIGESTS_REMEMBERED);

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
        CompactEvaluation compact = CompactEvaluations.compact(evaluation);
        if (is(V4, mediaType)) {
            json.writeValue(out, CompactEvaluations.byDigestV4(compact, digests));
        } else if (is(V3, mediaType)) {
            json.writeValue(out, CompactEvaluations.byDigest(compact, digests));
        } else {
            json.writeValue(out, compact);
        }
    }

    private static boolean is(MediaType version, MediaType mediaType) {
        return version.getType().equalsIgnoreCase(mediaType.getType())
                && version.getSubtype().equalsIgnoreCase(mediaType.getSubtype());
    }
}
