package io.launchcheck.registry.service;

import java.io.IOException;
import java.io.InputStream;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.launchcheck.api.RulePack;
import io.launchcheck.api.RulePackImport;
import io.launchcheck.registry.config.RegistryConfig;
import io.quarkus.runtime.StartupEvent;

/** Reads rule packs from YAML, and imports the bundled pack at start-up into an empty registry. */
@ApplicationScoped
public class RulePackLoader {

    private static final Logger LOG = Logger.getLogger(RulePackLoader.class);

    private final RegistryConfig config;
    private final RuleService rules;
    private final RulePackService packs;
    private final ObjectMapper objectMapper;
    private final Validator validator;

    @Inject
    RulePackLoader(RegistryConfig config,
            RuleService rules,
            RulePackService packs,
            ObjectMapper objectMapper,
            Validator validator) {
        this.config = config;
        this.rules = rules;
        this.packs = packs;
        this.objectMapper = objectMapper;
        this.validator = validator;
    }

    private ObjectMapper yaml;

    /** Parses a YAML rule pack with the same settings as JSON, then applies Bean Validation. */
    public RulePack fromYaml(InputStream in) throws IOException {
        RulePack pack = yamlMapper().readValue(in, RulePack.class);
        if (pack == null) {
            throw new ConstraintViolationException("The rule pack is empty", Set.of());
        }
        Set<ConstraintViolation<RulePack>> violations = validator.validate(pack);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return pack;
    }

    void onStart(@Observes StartupEvent event) throws IOException {
        if (!config.importPackOnEmpty()) {
            return;
        }
        if (rules.count() > 0) {
            LOG.debug("Rules present; the bundled rule pack is not imported");
            return;
        }
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(config.bundledPack())) {
            if (in == null) {
                LOG.warnf("The registry has no rules and the bundled rule pack %s is not on the classpath; starting empty",
                        config.bundledPack());
                return;
            }
            RulePack pack = fromYaml(in);
            RulePackImport result = packs.importPack(pack,
                    ChangeContext.system("bundled rule pack imported into an empty registry"));
            LOG.infof("Imported the bundled rule pack %s: %d rules added, %d vendors added; ruleset version %d",
                    pack.pack(), result.added().size(), result.vendorsAdded().size(), result.rulesetVersion());
        }
    }

    private synchronized ObjectMapper yamlMapper() {
        if (yaml == null) {
            yaml = objectMapper.copyWith(new YAMLFactory());
        }
        return yaml;
    }
}
