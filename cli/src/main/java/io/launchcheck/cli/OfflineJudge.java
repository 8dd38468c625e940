package io.launchcheck.cli;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdicts;
import io.launchcheck.api.WaiverGrant;
import io.launchcheck.api.Waiving;
import io.launchcheck.rules.service.AdviceSearch;
import io.launchcheck.rules.service.ComplianceKnowledgeBase;
import io.launchcheck.rules.service.ProfileEvaluator;

/** Judges profiles on this machine with the rules engine (the same precompiled DRL as the rules-service). */
final class OfflineJudge {

    private final RulesetFile ruleset;
    private final ProfileEvaluator evaluator = new ProfileEvaluator(new ComplianceKnowledgeBase());

    private final List<WaiverGrant> waivers;
    private final Clock clock;

    OfflineJudge(RulesetFile ruleset) {
        this(ruleset, List.of(), Clock.systemUTC());
    }

    /** With the team's approved waivers (--waivers), each honoured until its expiry on {@code clock}. */
    OfflineJudge(RulesetFile ruleset, List<WaiverGrant> waivers, Clock clock) {
        this.ruleset = ruleset;
        this.waivers = waivers;
        this.clock = clock;
    }

    /** The profile judged on this machine; with verified advice for failing targets when asked. */
    Report judge(ProfileFile file, LocalDate asOf, boolean advice) {
        DeploymentProfile valid = ProfileValidator.validate(file, ruleset.snapshot());
        LocalDate date = asOf != null ? asOf : valid.asOf();
        DeploymentProfile profile = new DeploymentProfile(valid.app(), valid.hosting(), valid.processesPersonalData(),
                valid.targets(), date, valid.useCases(), valid.role());
        Evaluation judged = evaluator.evaluate(ruleset.snapshot(), profile, date, false);
        if (judged.overall() == null || judged.results().size() != profile.targets().size()) {
            throw CheckFailure.unavailable(file.name() + ": the rules reached no verdict for every target");
        }
        // the same search as the rules-service's, against the same ruleset
        Evaluation evaluation = advice ? new AdviceSearch(evaluator).advise(ruleset.snapshot(), profile, date, judged)
                : judged;
        // the same function the gateway applies waivers with; the file is one team's, so no team is compared
        List<JurisdictionResult> results = Waiving.apply(evaluation.results(), profile.app().name(), null,
                clock.instant(), waivers);
        return new Report(file, profile.app().name(), evaluation.rulesetVersion(), date,
                waivers.isEmpty() ? evaluation.overall() : Verdicts.overall(results), results, null);
    }
}
