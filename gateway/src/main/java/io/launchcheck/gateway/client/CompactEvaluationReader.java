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
import io.launchcheck.api.compact.CompactEvaluationV3;
import io.launchcheck.api.compact.CompactEvaluationV4;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.compact.RuleTextsNotHeldException;
import io.launchcheck.api.json.StrictJson;

/**
 * Reads the rules-service's compact evaluation ({@link CompactEvaluations#MEDIA_TYPE}, or
 * {@link CompactEvaluations#MEDIA_TYPE_V3} with the rules' texts by digest, {@link CompactEvaluations#MEDIA_TYPE_V4}
 * with the not-checked rules by digest too) and expands it into the full {@link Evaluation}, so the rest of the
 * gateway sees exactly what the full form gives. The texts and not-checked rules of a second-version answer are held
 * ({@link HeldRuleTexts}); a third- or fourth-version answer naming a digest that is not held is not expanded ({@link RuleTextsNotHeldException}: {@link RulesClient} asks again for the second version). A
 * rules-service that does not offer the compact form answers {@code application/json}, read by Quarkus' Jackson
 * reader as before. Like the client's own mapper, fields a newer rules-service adds are skipped; the answer's text
 * was checked when the registry stored it, so it is not scanned again ({@link StrictJson#internalCopy}): reading this
 * answer is a large part of what an assessment costs the gateway.
 */
@Consumes({CompactEvaluations.MEDIA_TYPE, CompactEvaluations.MEDIA_TYPE_V3, CompactEvaluations.MEDIA_TYPE_V4})
public class CompactEvaluationReader implements MessageBodyReader<Evaluation> {

    private static final MediaType V3 = MediaType.valueOf(CompactEvaluations.MEDIA_TYPE_V3);
    private static final MediaType V4 = MediaType.valueOf(CompactEvaluations.MEDIA_TYPE_V4);

    private final ObjectReader reader;
    private final ObjectReader readerV3;
    private final ObjectReader readerV4;
    private final HeldRuleTexts held;

    @Inject
    public CompactEvaluationReader(ObjectMapper json, HeldRuleTexts held) {
        ObjectMapper internal = StrictJson.internalCopy(json);
        this.reader = internal.readerFor(CompactEvaluation.class);
        this.readerV3 = internal.readerFor(CompactEvaluationV3.class);
        this.readerV4 = internal.readerFor(CompactEvaluationV4.class);
        this.held = held;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == Evaluation.class;
    }

    @Override
    public Evaluation readFrom(Class<Evaluation> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        try {
            if (is(V4, mediaType)) {
                return CompactEvaluations.expand(readerV4.<CompactEvaluationV4>readValue(body), held::get,
                        held::unchecked);
            }
            if (is(V3, mediaType)) {
                return CompactEvaluations.expand(readerV3.<CompactEvaluationV3>readValue(body), held::get);
            }
            CompactEvaluation compact = reader.readValue(body);
            Evaluation evaluation = CompactEvaluations.expand(compact);
            held.hold(compact.rules());
            held.holdUnchecked(compact.unchecked());
            return evaluation;
        } catch (RuleTextsNotHeldException notHeld) {
            throw notHeld;
        } catch (IllegalArgumentException e) {
            throw new RulesFailureException("the rules-service sent an unusable compact evaluation: " + e.getMessage());
        }
    }

    private static boolean is(MediaType version, MediaType mediaType) {
        return version.getType().equalsIgnoreCase(mediaType.getType())
                && version.getSubtype().equalsIgnoreCase(mediaType.getSubtype());
    }
}
