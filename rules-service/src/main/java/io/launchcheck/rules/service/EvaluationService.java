package io.launchcheck.rules.service;

import java.time.LocalDate;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.EvaluationRequest;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.micrometer.core.annotation.Timed;

/** Judges a profile against the current ruleset, or against a pinned version when the request names one. */
@ApplicationScoped
public class EvaluationService {

    @Inject
    RulesetHolder rulesets;

    @Inject
    PinnedRulesets pinned;

    @Inject
    ComplianceEngine engine;

    @Timed(value = "launchcheck.evaluations", description = "Time to judge one deployment profile")
    public Evaluation evaluate(EvaluationRequest request) {
        DeploymentProfile profile = request.profile();
        LocalDate asOf = profile.asOf() != null ? profile.asOf() : LocalDate.now(ZoneOffset.UTC);
        RulesetSnapshot current = rulesets.current().orElse(null);
        if (request.rulesetVersion() == null || current != null && current.version() == request.rulesetVersion()) {
            if (current == null) {
                throw ProblemException.unavailable("No ruleset has been loaded from the registry yet", 1);
            }
            return engine.evaluator().evaluate(current, profile, asOf, rulesets.stale())
                    .withRulesetTimes(current.changedAt(), rulesets.lastContact());
        }
        RulesetSnapshot past = pinned.get(request.rulesetVersion());
        return engine.evaluator().evaluate(past, profile, asOf, false).withRulesetTimes(past.changedAt(), null);
    }
}
