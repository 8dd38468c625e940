package io.launchcheck.rules.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.EvaluationRequest;
import io.launchcheck.api.LaunchMapEvaluationRequest;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.micrometer.core.annotation.Timed;

/** Judges a profile against the current ruleset, or against a pinned version when the request names one. */
@ApplicationScoped
public class EvaluationService {

    private final RulesetHolder rulesets;
    private final PinnedRulesets pinned;
    private final ComplianceEngine engine;
    private final AdviceSearches advice;

    @Inject
    EvaluationService(RulesetHolder rulesets,
            PinnedRulesets pinned,
            ComplianceEngine engine,
            AdviceSearches advice) {
        this.rulesets = rulesets;
        this.pinned = pinned;
        this.engine = engine;
        this.advice = advice;
    }

    @Timed(value = "launchcheck.evaluations", description = "Time to judge one deployment profile")
    public Evaluation evaluate(EvaluationRequest request) {
        DeploymentProfile profile = request.profile();
        return judge(profile, request.rulesetVersion(), request.wantsAdvice(), ruleset -> profile);
    }

    /**
     * Judges a launch map: its scope is expanded into targets from the jurisdictions of the very ruleset that judges
     * it (current or pinned), so the map's countries and its verdicts come from one ruleset version.
     */
    @Timed(value = "launchcheck.launch-maps", description = "Time to judge one launch map")
    public Evaluation evaluate(LaunchMapEvaluationRequest request) {
        return judge(null, request.rulesetVersion(), request.wantsAdvice(),
                ruleset -> LaunchMaps.expand(ruleset, request.launchMap()));
    }

    private Evaluation judge(DeploymentProfile given, Long rulesetVersion, boolean withAdvice,
            Function<RulesetSnapshot, DeploymentProfile> profileFor) {
        RulesetSnapshot current = rulesets.current().orElse(null);
        if (rulesetVersion == null || current != null && current.version() == rulesetVersion) {
            if (current == null) {
                throw ProblemException.unavailable("No ruleset has been loaded from the registry yet", 1);
            }
            return judge(current, profileFor.apply(current), rulesets.stale(), withAdvice)
                    .withRulesetTimes(current.changedAt(), rulesets.lastContact());
        }
        RulesetSnapshot past = pinned.get(rulesetVersion);
        return judge(past, profileFor.apply(past), false, withAdvice).withRulesetTimes(past.changedAt(), null);
    }

    private Evaluation judge(RulesetSnapshot ruleset, DeploymentProfile profile, boolean stale, boolean withAdvice) {
        LocalDate asOf = profile.asOf() != null ? profile.asOf() : LocalDate.now(ZoneOffset.UTC);
        Evaluation evaluation = engine.evaluator().evaluate(ruleset, profile, asOf, stale);
        return withAdvice ? advice.advise(ruleset, profile, asOf, evaluation) : evaluation;
    }
}
