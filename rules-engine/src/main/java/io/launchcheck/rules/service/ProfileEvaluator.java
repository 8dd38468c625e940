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
import io.launchcheck.rules.domain.DataCountry;
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
        for (String country : profileFact.getDataCountries()) {
            facts.add(new DataCountry(country));
        }
        Set<RuleFact> rules = RulesetSnapshot.ruleSet();
        for (int i = 0; i < codes.size(); i++) {
            DeploymentProfile.Target target = profile.targets().get(i);
            facts.add(new TargetFact(i, codes.get(i), target.segments(), target.sectors(), target.organizations()));
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
