package io.launchcheck.rules.service;

import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.micrometer.core.annotation.Timed;

/** The rules engine's verified-advice search over the service's one knowledge base, timed. */
@ApplicationScoped
public class AdviceSearches {

    private final ComplianceEngine engine;

    @Inject
    AdviceSearches(ComplianceEngine engine) {
        this.engine = engine;
    }

    @Timed(value = "launchcheck.advice", description = "Time to search and re-judge advice for one evaluation")
    public Evaluation advise(RulesetSnapshot ruleset, DeploymentProfile profile, LocalDate asOf, Evaluation evaluation) {
        return new AdviceSearch(engine.evaluator()).advise(ruleset, profile, asOf, evaluation);
    }
}
