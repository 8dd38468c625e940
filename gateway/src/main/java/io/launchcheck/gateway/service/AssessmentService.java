package io.launchcheck.gateway.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.Verdicts;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.client.FailClosed;
import io.launchcheck.gateway.domain.Assessment;
import io.launchcheck.gateway.domain.AssessmentBody;
import io.launchcheck.gateway.domain.AssessmentPage;
import io.launchcheck.gateway.domain.Caller;
import io.launchcheck.gateway.domain.AssessmentSummary;
import io.launchcheck.gateway.domain.Changes;
import io.launchcheck.gateway.domain.ReevaluationRequest;
import io.launchcheck.gateway.domain.RulesetProvenance;
import io.launchcheck.gateway.repository.AssessmentRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The assessment use cases: judge a profile and keep the result, read it back, list, and re-judge. Nothing is
 * stored unless every target got a verdict ({@link FailClosed}); the row is made by {@link AssessmentFactory}, what a
 * re-evaluation changed by {@link Changes#between}.
 */
@ApplicationScoped
public class AssessmentService {

    private final ProfileNormalizer normalizer;
    private final JudgementService judgements;
    private final FailClosed failClosed;
    private final AssessmentFactory factory;
    private final AssessmentRepository repository;
    private final Waivers waivers;
    private final Clock clock;
    private final MeterRegistry metrics;

    public AssessmentService(ProfileNormalizer normalizer, JudgementService judgements, FailClosed failClosed,
            AssessmentFactory factory, AssessmentRepository repository, Waivers waivers, Clock clock,
            MeterRegistry metrics) {
        this.normalizer = normalizer;
        this.judgements = judgements;
        this.failClosed = failClosed;
        this.factory = factory;
        this.repository = repository;
        this.waivers = waivers;
        this.clock = clock;
        this.metrics = metrics;
    }

    /** Judges a submitted profile, with advice, and stores the assessment under the submitting team. */
    public NewAssessment assess(DeploymentProfile submitted, String team) {
        return assess(submitted, team, true);
    }

    /**
     * Judges a submitted profile and stores the assessment under the submitting team; with {@code advice}, every
     * NON_COMPLIANT or NEEDS_REVIEW target carries the verified advice the rules-service found.
     */
    public NewAssessment assess(DeploymentProfile submitted, String team, boolean advice) {
        DeploymentProfile profile = normalizer.normalize(submitted);
        JudgementService.Judgement judgement = judge(profile, null, "new", advice);
        AssessmentBody body = body(profile, judgement, waived(judgement, profile, team), null);
        return store(body, "new", team);
    }

    /** The stored assessment, if there is one with this id that the caller may see (another team's does not exist). */
    public Optional<Assessment> find(UUID id, Caller caller) {
        return repository.byId(id).filter(caller::sees);
    }

    /**
     * Assessments the caller may see, newest first, optionally only one app's (case-insensitive), one overall
     * verdict's, or those a rule decided or will decide (it is among their findings or upcoming rules).
     */
    public AssessmentPage list(String app, Verdict verdict, String ruleId, Caller caller, int page, int size) {
        String appFilter = app == null || app.isBlank() ? null : app.strip();
        String ruleFilter = ruleId == null || ruleId.isBlank() ? null : ruleId.strip();
        PanacheQuery<Assessment> query = repository.search(appFilter, verdict, ruleFilter, caller, page, size);
        List<AssessmentSummary> items = query.list().stream().map(AssessmentSummary::of).toList();
        return new AssessmentPage(items, page, size, query.count());
    }

    /**
     * Judges a stored assessment's profile again, on the same {@code asOf} unless another is given, against the
     * current ruleset unless a version is given, and stores the result as a new assessment linked to the old and
     * belonging to the same team. An assessment the caller may not see is not found.
     */
    public NewAssessment reevaluate(UUID id, ReevaluationRequest request, Caller caller) {
        Assessment stored = find(id, caller)
                .orElseThrow(() -> ProblemException.notFound("No assessment with id " + id));
        AssessmentBody previous = factory.body(stored);
        DeploymentProfile storedProfile = factory.profile(stored);
        ReevaluationRequest options = request == null ? new ReevaluationRequest(null, null) : request;
        if (options.asOf() != null) {
            normalizer.checkAsOf(options.asOf());
        }
        DeploymentProfile profile = storedProfile.withAsOf(options.asOf() == null ? stored.asOf : options.asOf());
        JudgementService.Judgement judgement = judge(profile, options.rulesetVersion(), "reevaluation", true);
        AssessmentBody fresh = body(profile, judgement, waived(judgement, profile, stored.team), stored.id);
        return store(fresh.withChanges(Changes.between(previous, fresh)), "reevaluation", stored.team);
    }

    private JudgementService.Judgement judge(DeploymentProfile profile, Long rulesetVersion, String kind, boolean advice) {
        return failClosed.judgement(kind, rulesetVersion, () -> judgements.judge(profile, rulesetVersion, advice));
    }

    /** The judged results with the team's active waivers applied, now (an expired or revoked one no longer counts). */
    private List<JurisdictionResult> waived(JudgementService.Judgement judgement, DeploymentProfile profile,
            String team) {
        return waived(judgement.evaluation().results(), profile.app().name(), team);
    }

    /**
     * Judged results of an app of a team with the team's waivers that are active now applied: the one way every
     * judgement the gateway keeps (assessments, re-evaluations, launch maps) meets waivers.
     */
    List<JurisdictionResult> waived(List<JurisdictionResult> results, String app, String team) {
        return waivers.apply(results, app, team, clock.instant());
    }

    /** {@code overall} is the worst of the results' verdicts after waivers. */
    private static AssessmentBody body(DeploymentProfile profile, JudgementService.Judgement judgement,
            List<JurisdictionResult> results, UUID reevaluatedFrom) {
        return new AssessmentBody(UUID.randomUUID(), Verdicts.overall(results), profile.asOf(),
                judgement.evaluation().rulesetVersion(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                profile.app().name(), judgement.evaluation().identity(), results, profile,
                reevaluatedFrom, null, RulesetProvenance.of(judgement.evaluation()));
    }

    /**
     * The one write of an assessment: a single statement, its own transaction (none is held while the
     * rules-service judges).
     */
    private NewAssessment store(AssessmentBody body, String kind, String team) {
        NewAssessment made = factory.of(body, team);
        repository.insert(made.row(), made.body());
        metrics.counter("launchcheck.gateway.assessments", "overall", body.overall().name(), "kind", kind)
                .increment();
        return made;
    }
}
