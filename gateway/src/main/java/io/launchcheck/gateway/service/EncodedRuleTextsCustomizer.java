package io.launchcheck.gateway.service;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.json.EncodedRuleTexts;
import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * The gateway's mapper writes the rules' texts in findings and not-checked rules encoded once ({@link
 * EncodedRuleTexts}): the public bodies it stores and answers are mostly those texts.
 */
@Singleton
public class EncodedRuleTextsCustomizer implements ObjectMapperCustomizer {

    /** Applied after every other customizer, so that the fragments are cut from the mapper as it is finally set up. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        EncodedRuleTexts.register(mapper);
    }
}
