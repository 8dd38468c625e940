package io.launchcheck.cli;

import java.time.LocalDate;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.rules.service.ComplianceKnowledgeBase;
import io.launchcheck.rules.service.ProfileEvaluator;

/** Judges profiles on this machine with the rules engine (the same precompiled DRL as the rules-service). */
final class OfflineJudge {

    private final RulesetFile ruleset;
    private final ProfileEvaluator evaluator = new ProfileEvaluator(new ComplianceKnowledgeBase());

    OfflineJudge(RulesetFile ruleset) {
        this.ruleset = ruleset;
    }

    Report judge(ProfileFile file, LocalDate asOf) {
        DeploymentProfile valid = ProfileValidator.validate(file, ruleset.snapshot());
        LocalDate date = asOf != null ? asOf : valid.asOf();
        DeploymentProfile profile = new DeploymentProfile(valid.app(), valid.hosting(), valid.processesPersonalData(),
                valid.targets(), date, valid.useCases(), valid.role());
        Evaluation evaluation = evaluator.evaluate(ruleset.snapshot(), profile, date, false);
        if (evaluation.overall() == null || evaluation.results().size() != profile.targets().size()) {
            throw CheckFailure.unavailable(file.name() + ": the rules reached no verdict for every target");
        }
        return new Report(file, profile.app().name(), evaluation.rulesetVersion(), date, evaluation.overall(),
                evaluation.results(), null);
    }
}
