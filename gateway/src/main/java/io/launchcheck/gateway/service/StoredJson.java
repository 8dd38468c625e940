package io.launchcheck.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import io.launchcheck.api.json.StrictJson;

/**
 * The one place the gateway turns what it stores as JSON text (assessment and launch-map bodies, judged profiles,
 * feed items) into text and back, with the service's {@link ObjectMapper}. What it reads back it wrote itself, so
 * it is read {@linkplain StrictJson#tolerant tolerantly}: fields written by a later version are skipped. Failures
 * are programming errors, not answers, and surface as {@link IllegalStateException}.
 */
@ApplicationScoped
public class StoredJson {

    private final ObjectMapper json;
    private final ObjectWriter utf8;

    public StoredJson(ObjectMapper json) {
        this.json = json;
        // a character beyond the Basic Multilingual Plane as itself (four bytes), as in the text form, not escaped
        this.utf8 = json.writer().with(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8);
    }

    /** The JSON text of {@code value}, as it is stored. */
    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a " + value.getClass().getSimpleName(), e);
        }
    }

    /**
     * The JSON of {@code value} as UTF-8 bytes, written straight from the value (no text in between): for a body
     * that is stored and answered as these same bytes. The same JSON as {@link #write}, encoded.
     */
    public byte[] writeUtf8(Object value) {
        try {
            return utf8.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize a " + value.getClass().getSimpleName(), e);
        }
    }

    /** The stored JSON {@code text} read back as {@code type}, skipping fields this version does not know. */
    public <T> T read(String text, Class<T> type) {
        try {
            return StrictJson.tolerant(json, type).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored " + type.getSimpleName(), e);
        }
    }
}
