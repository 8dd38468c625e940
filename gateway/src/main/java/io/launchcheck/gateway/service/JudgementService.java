package io.launchcheck.gateway.service;

import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.Timeout;

import io.launchcheck.api.Advice;
import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.EvaluationRequest;
import io.launchcheck.api.LaunchMapEvaluationRequest;
import io.launchcheck.api.LaunchMapRequest;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.Verdicts;
import io.launchcheck.gateway.client.RulesClient;

/**
 * Has a profile judged and combines the per-target verdicts into the overall one. Fails closed: an answer
 * that does not judge every target, in order, is never turned into a verdict.
 */
@ApplicationScoped
public class JudgementService {

    /** An evaluation checked to cover every target, with the overall verdict the gateway combined. */
    public record Judgement(Evaluation evaluation, Verdict overall) {
    }

    private final RulesClient rules;

    public JudgementService(RulesClient rules) {
        this.rules = rules;
    }

    /** Bounds the whole judgement, retries included. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Judgement judge(DeploymentProfile profile, Long rulesetVersion) {
        return judge(profile, rulesetVersion, false);
    }

    /** Bounds the whole judgement, retries included; with {@code advice}, advice is asked for too. */
    @Timeout(value = 5, unit = ChronoUnit.SECONDS)
    public Judgement judge(DeploymentProfile profile, Long rulesetVersion, boolean advice) {
        Evaluation evaluation = rules.evaluate(new EvaluationRequest(profile, rulesetVersion, advice ? Boolean.TRUE : null));
        return new Judgement(evaluation, combine(profile, rulesetVersion, evaluation));
    }

    /** Has a launch map judged: bounds the whole judgement, retries included. */
    @Timeout(value = 10, unit = ChronoUnit.SECONDS)
    public Judgement judgeLaunchMap(LaunchMapRequest launchMap, boolean advice) {
        Evaluation evaluation = rules.evaluateLaunchMap(
                new LaunchMapEvaluationRequest(launchMap, null, advice ? Boolean.TRUE : null));
        return new Judgement(evaluation, combineLaunchMap(launchMap, evaluation));
    }

    /**
     * The worst of a launch map's verdicts, after checking that the evaluation judged at least one jurisdiction,
     * each once, each with a verdict no milder than its findings, on the map's date. The rules-service expands the
     * scope from its ruleset, so the gateway cannot list the targets beforehand; a BLOC map must answer that bloc's
     * members only (checked by the rules-service's ruleset) and every answer is stamped with that ruleset's version.
     *
     * @throws UnusableEvaluationException when the evaluation does not judge the map
     */
    public static Verdict combineLaunchMap(LaunchMapRequest launchMap, Evaluation evaluation) {
        if (evaluation == null || evaluation.results() == null || evaluation.results().isEmpty()) {
            throw new UnusableEvaluationException("the evaluation has no results");
        }
        if (evaluation.rulesetVersion() <= 0) {
            throw new UnusableEvaluationException("the evaluation names ruleset version " + evaluation.rulesetVersion());
        }
        if (evaluation.asOf() != null && !evaluation.asOf().equals(launchMap.asOf())) {
            throw new UnusableEvaluationException("the evaluation was made as of " + evaluation.asOf()
                    + ", not " + launchMap.asOf());
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        Verdict overall = Verdict.COMPLIANT;
        for (JurisdictionResult result : evaluation.results()) {
            if (result == null || result.verdict() == null || result.jurisdiction() == null
                    || !seen.add(Codes.normalize(result.jurisdiction()))) {
                throw new UnusableEvaluationException("a result without a verdict, or a jurisdiction judged twice");
            }
            check(result, result.jurisdiction());
            overall = overall.worst(result.verdict());
        }
        return overall;
    }

    /** A verdict no milder than its findings, and advice only ever milder than the verdict it improves. */
    private static void check(JurisdictionResult result, String expected) {
        if (result.verdict().ordinal() < Verdicts.ofAll(result.findings()).ordinal()) {
            throw new UnusableEvaluationException("the verdict for " + expected + " is milder than its findings");
        }
        if (result.verdictWithoutWaivers() != null || result.note() != null || (result.findings() != null
                && result.findings().stream().anyMatch(finding -> finding != null && finding.waived() != null))) {
            // only the gateway applies waivers; a judge that claims to have done so is not trusted
            throw new UnusableEvaluationException("the evaluation for " + expected + " claims waived findings");
        }
        if (result.advice() != null) {
            for (Advice advice : result.advice()) {
                if (advice == null || advice.verdict() == null || advice.verdict().ordinal() >= result.verdict().ordinal()
                        || advice.changes() == null || advice.changes().isEmpty()) {
                    throw new UnusableEvaluationException("advice for " + expected + " that is not milder than its verdict");
                }
            }
        }
    }

    /**
     * The worst of the targets' verdicts, after checking that the evaluation has exactly one result per target,
     * in target order, each with a verdict no milder than its findings' severities.
     *
     * @throws UnusableEvaluationException when the evaluation does not judge every target
     */
    public static Verdict combine(DeploymentProfile profile, Long rulesetVersion, Evaluation evaluation) {
        if (evaluation == null || evaluation.results() == null) {
            throw new UnusableEvaluationException("the evaluation has no results");
        }
        if (evaluation.rulesetVersion() <= 0
                || (rulesetVersion != null && evaluation.rulesetVersion() != rulesetVersion)) {
            throw new UnusableEvaluationException("the evaluation names ruleset version "
                    + evaluation.rulesetVersion() + (rulesetVersion == null ? "" : ", not " + rulesetVersion));
        }
        if (evaluation.asOf() != null && !evaluation.asOf().equals(profile.asOf())) {
            throw new UnusableEvaluationException("the evaluation was made as of " + evaluation.asOf()
                    + ", not " + profile.asOf());
        }
        List<DeploymentProfile.Target> targets = profile.targets();
        List<JurisdictionResult> results = evaluation.results();
        if (results.size() != targets.size()) {
            throw new UnusableEvaluationException(
                    "the evaluation has " + results.size() + " results for " + targets.size() + " targets");
        }
        Verdict overall = Verdict.COMPLIANT;
        for (int i = 0; i < targets.size(); i++) {
            JurisdictionResult result = results.get(i);
            String expected = Codes.normalize(targets.get(i).jurisdiction());
            if (result == null || result.verdict() == null || !expected.equals(Codes.normalize(result.jurisdiction()))) {
                throw new UnusableEvaluationException("no verdict for target " + i + " (" + expected + ")");
            }
            check(result, expected);
            overall = overall.worst(result.verdict());
        }
        return overall;
    }
}
