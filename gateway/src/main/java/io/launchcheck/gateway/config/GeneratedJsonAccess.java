package io.launchcheck.gateway.config;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.module.blackbird.BlackbirdModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The gateway's JSON reads and writes records' components through generated lambdas (Jackson's Blackbird module)
 * instead of reflective calls: the same JSON, at less CPU per assessment (the public body of about 100 KB is written
 * once per assessment, the rules-service's answer read once). Copies of the mapper (the tolerant readers, the reader
 * of the rules-service's compact answer) keep the module.
 */
@Singleton
public class GeneratedJsonAccess implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new BlackbirdModule());
    }
}
