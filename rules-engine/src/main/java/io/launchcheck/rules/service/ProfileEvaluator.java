package io.launchcheck.rules.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.rules.domain.IdentityResolver;
import io.launchcheck.rules.domain.ProfileFact;
import io.launchcheck.rules.domain.Reach;
import io.launchcheck.rules.domain.RuleFact;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.domain.TargetFact;

/**
 * Judges one deployment profile against one ruleset: turns the profile into facts (vendor resolved, targets
 * normalized, the jurisdiction graph around each target, the rules that could reach it), lets the knowledge
 * base decide, and maps the result. No verdict logic lives here; the DRL decides.
 */
public final class ProfileEvaluator {

    private final ComplianceKnowledgeBase knowledgeBase;

    public ProfileEvaluator(ComplianceKnowledgeBase knowledgeBase) {
        this.knowledgeBase = knowledgeBase;
    }

    /**
     * @throws ProblemException 400 naming {@code profile.targets[i].jurisdiction} for each unknown target
     */
    public Evaluation evaluate(RulesetSnapshot ruleset, DeploymentProfile profile, LocalDate asOf, boolean stale) {
        List<String> codes = targetCodes(ruleset, profile);
        ProfileFact profileFact = profileFact(ruleset, profile, asOf);

        List<Object> facts = new ArrayList<>();
        facts.add(profileFact);
        Set<RuleFact> rules = RulesetSnapshot.ruleSet();
        for (int i = 0; i < codes.size(); i++) {
            DeploymentProfile.Target target = profile.targets().get(i);
            facts.add(new TargetFact(i, codes.get(i), target.segments(), target.sectors(), target.organizations(),
                    profileFact));
            for (Reach reach : ruleset.reachOf(i, codes.get(i))) {
                facts.add(reach);
                ruleset.candidateRules(reach.getJurisdiction(), profileFact, rules);
            }
        }
        facts.addAll(rules);

        ComplianceKnowledgeBase.Judgement judgement = knowledgeBase.judge(facts, codes.size());
        List<JurisdictionResult> results = new ArrayList<>(codes.size());
        for (int i = 0; i < codes.size(); i++) {
            ComplianceKnowledgeBase.Judgement.Target target = judgement.targets().get(i);
            results.add(new JurisdictionResult(codes.get(i), target.verdict(), target.findings(), target.upcoming(),
                    target.notChecked()));
        }
        return new Evaluation(ruleset.version(), ruleset.loadedAt(), stale, asOf, judgement.overall(), results,
                profileFact.getIdentity()).withRulesetPack(ruleset.pack());
    }

    /**
     * For each target of the profile, whether any rule with one of {@code ruleIds} would be handed to the knowledge
     * base for it (it reaches the rule's jurisdiction and the rule's subject covers the app). A rule that is not
     * handed over for a target cannot change that target's verdict: what an impact preview uses to judge only the
     * targets a change can affect. No session is run.
     *
     * @throws ProblemException 400 naming {@code profile.targets[i].jurisdiction} for each unknown target
     */
    public static boolean[] targetsOffered(RulesetSnapshot ruleset, DeploymentProfile profile, LocalDate asOf,
            Set<String> ruleIds) {
        List<String> codes = targetCodes(ruleset, profile);
        ProfileFact profileFact = profileFact(ruleset, profile, asOf);
        boolean[] offered = new boolean[codes.size()];
        for (int i = 0; i < codes.size(); i++) {
            Set<RuleFact> rules = RulesetSnapshot.ruleSet();
            for (Reach reach : ruleset.reachOf(i, codes.get(i))) {
                ruleset.candidateRules(reach.getJurisdiction(), profileFact, rules);
            }
            for (RuleFact rule : rules) {
                if (ruleIds.contains(rule.getId())) {
                    offered[i] = true;
                    break;
                }
            }
        }
        return offered;
    }

    private static List<String> targetCodes(RulesetSnapshot ruleset, DeploymentProfile profile) {
        List<String> codes = new ArrayList<>(profile.targets().size());
        List<Problem.FieldError> errors = new ArrayList<>();
        for (int i = 0; i < profile.targets().size(); i++) {
            String code = Codes.normalize(profile.targets().get(i).jurisdiction());
            if (!ruleset.knows(code)) {
                errors.add(new Problem.FieldError("profile.targets[" + i + "].jurisdiction",
                        "unknown jurisdiction '" + profile.targets().get(i).jurisdiction().strip()
                                + "'; expected an ISO 3166-1 alpha-2 country, an ISO 3166-2 subdivision or a bloc such as EU"));
            }
            codes.add(code);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.badRequest(errors);
        }
        return codes;
    }

    private static ProfileFact profileFact(RulesetSnapshot ruleset, DeploymentProfile profile, LocalDate asOf) {
        DeploymentProfile.App app = profile.app();
        IdentityResolver.Resolution identity = ruleset.identify(app, profile.hosting());
        Set<String> dataCountries = new LinkedHashSet<>();
        List<String> given = profile.hosting().dataCountries();
        if (given != null) {
            given.forEach(country -> dataCountries.add(Codes.normalize(country)));
        }
        return new ProfileFact(app.name(), app.vendor(), app.model(), identity.identity(), identity.originCountry(),
                identity.originFromCatalog(), profile.hosting().mode(), List.copyOf(dataCountries),
                profile.processesPersonalData(), asOf, profile.useCases(), profile.role());
    }
}
