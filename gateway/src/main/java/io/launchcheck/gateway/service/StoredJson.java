package io.launchcheck.gateway.service;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    public StoredJson(ObjectMapper json) {
        this.json = json;
    }

    /** The JSON text of {@code value}, as it is stored. */
    public String write(Object value) {
        try {
            return json.writeValueAsString(value);
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
