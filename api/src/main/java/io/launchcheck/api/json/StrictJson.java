package io.launchcheck.api.json;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every service reads JSON strictly, so that a typo cannot silently change a verdict:
 * <ul>
 * <li>an unknown field is refused (the problem names it and suggests the nearest known one);</li>
 * <li>a field named twice in one object is refused;</li>
 * <li>no scalar is turned into another: a number or boolean where a string is expected, a string where a
 * number or boolean is expected, a fraction where a whole number is expected, a number for an enum or a date;
 * enums are still read from strings in any case;</li>
 * <li>strings may not hold control characters other than tab, line feed and carriage return, nor unpaired
 * surrogates ({@link TextDeserializer});</li>
 * <li>nothing may follow the JSON value.</li>
 * </ul>
 * Quarkus applies this customizer to the one {@link ObjectMapper} of a service, which reads request bodies.
 * What a service reads back from its own storage or from another service is read with {@link #tolerant},
 * which accepts fields it does not know (written by a later version).
 */
@Singleton
public class StrictJson implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        configure(mapper);
    }

    /** Applies the strict settings to a mapper (also used by tests and tools that build their own). */
    public static ObjectMapper configure(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        mapper.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (CoercionInputShape shape : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
            mapper.coercionConfigFor(LogicalType.Enum).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        // a date only as an ISO string: no epoch day from a number, no date-time cut down to its date
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.registerModule(new SimpleModule("launchcheck-strict-text").addDeserializer(String.class,
                new TextDeserializer()));
        return mapper;
    }

    /** A reader for data this service wrote itself or got from another service: unknown fields are skipped. */
    public static ObjectReader tolerant(ObjectMapper mapper, Class<?> type) {
        return mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    /**
     * A copy of the mapper for large answers of the product's own services, which checked their text when it was
     * written (the rules-service's judgements, read by the gateway on every request): unknown fields are skipped, and
     * neither duplicate fields nor control characters are looked for. Scalars are still not coerced.
     */
    public static ObjectMapper internalCopy(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // registered last, so it takes the place of the text check for strings
        copy.registerModule(new SimpleModule("launchcheck-internal-text").addDeserializer(String.class,
                StringDeserializer.instance));
        return copy;
    }

    /** A copy of the mapper for a REST client: strict like the service, but skipping fields it does not know. */
    public static ObjectMapper tolerantCopy(ObjectMapper mapper) {
        return mapper.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }
}
