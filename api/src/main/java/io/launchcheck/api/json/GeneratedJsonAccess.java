package io.launchcheck.api.json;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Each service's JSON reads and writes records' components through generated lambdas (Jackson's Blackbird module)
 * instead of reflective calls: the same JSON, at less CPU per assessment (the gateway writes a public body of about
 * 100 KB and reads the rules-service's answer once per assessment; the rules-service reads the profile and writes
 * that answer). Copies of the mapper (the tolerant readers, the reader of the compact answer) keep the module.
 */
@Singleton
public class GeneratedJsonAccess implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
