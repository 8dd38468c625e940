package io.launchcheck.gateway.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.Verdicts;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.client.RulesRejectedException;
import io.launchcheck.gateway.config.GatewayConfig;
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
import io.micrometer.core.instrument.Timer;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The assessment use cases: judge a profile and keep the result, read it back, list, and re-judge. Nothing is
 * stored unless every target got a verdict.
 */
@ApplicationScoped
public class AssessmentService {

    private static final Logger LOG = Logger.getLogger(AssessmentService.class);

    private final ProfileNormalizer normalizer;
    private final JudgementService judgements;
    private final AssessmentRepository repository;
    private final ObjectMapper json;
    private final GatewayConfig config;
    private final MeterRegistry metrics;

    /** Applied to every judgement before it is stored (field-injected to keep the constructor stable). */
    @Inject
    Waivers waivers;

    @Inject
    Clock clock;

    public AssessmentService(ProfileNormalizer normalizer, JudgementService judgements,
            AssessmentRepository repository, ObjectMapper json, GatewayConfig config, MeterRegistry metrics) {
        this.normalizer = normalizer;
        this.judgements = judgements;
        this.repository = repository;
        this.json = json;
        this.config = config;
        this.metrics = metrics;
    }

    /** Judges a submitted profile, with advice, and stores the assessment under the submitting team. */
    public Assessment assess(DeploymentProfile submitted, String team) {
        return assess(submitted, team, true);
    }

    /**
     * Judges a submitted profile and stores the assessment under the submitting team; with {@code advice}, every
     * NON_COMPLIANT or NEEDS_REVIEW target carries the verified advice the rules-service found.
     */
    public Assessment assess(DeploymentProfile submitted, String team, boolean advice) {
        DeploymentProfile profile = normalizer.normalize(submitted);
        JudgementService.Judgement judgement = judge(profile, null, "new", advice);
        AssessmentBody body = body(profile, judgement, waived(judgement, profile, team), null, null);
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
    public Assessment reevaluate(UUID id, ReevaluationRequest request, Caller caller) {
        Assessment stored = find(id, caller)
                .orElseThrow(() -> ProblemException.notFound("No assessment with id " + id));
        AssessmentBody previous = read(stored.body, AssessmentBody.class);
        DeploymentProfile storedProfile = read(stored.profile, DeploymentProfile.class);
        ReevaluationRequest options = request == null ? new ReevaluationRequest(null, null) : request;
        if (options.asOf() != null) {
            normalizer.checkAsOf(options.asOf());
        }
        DeploymentProfile profile = new DeploymentProfile(storedProfile.app(), storedProfile.hosting(),
                storedProfile.processesPersonalData(), storedProfile.targets(),
                options.asOf() == null ? stored.asOf : options.asOf(), storedProfile.useCases(), storedProfile.role());
        JudgementService.Judgement judgement = judge(profile, options.rulesetVersion(), "reevaluation", true);
        AssessmentBody fresh = body(profile, judgement, waived(judgement, profile, stored.team), stored.id, null);
        AssessmentBody withChanges = new AssessmentBody(fresh.id(), fresh.overall(), fresh.asOf(),
                fresh.rulesetVersion(), fresh.evaluatedAt(), fresh.app(), fresh.understood(), fresh.results(),
                fresh.profile(), stored.id, changes(previous, fresh), fresh.ruleset());
        return store(withChanges, "reevaluation", stored.team);
    }

    private JudgementService.Judgement judge(DeploymentProfile profile, Long rulesetVersion, String kind, boolean advice) {
        return failClosed(() -> judgements.judge(profile, rulesetVersion, advice), rulesetVersion, kind);
    }

    /**
     * Runs a judgement and turns every way it can fail into a problem: a refusal of the rules-service is relayed
     * (400/404 with the fields named), anything else is a 503 with Retry-After, and nothing is stored.
     */
    public JudgementService.Judgement failClosed(java.util.function.Supplier<JudgementService.Judgement> judgement,
            Long rulesetVersion, String kind) {
        Timer.Sample sample = Timer.start(metrics);
        String outcome = "judged";
        try {
            return judgement.get();
        } catch (RulesRejectedException e) {
            outcome = "rejected";
            throw relay(e, rulesetVersion);
        } catch (CircuitBreakerOpenException e) {
            outcome = "circuit-open";
            throw unavailable("The rules-service is failing and calls to it are paused");
        } catch (RuntimeException e) {
            outcome = "unavailable";
            LOG.warnf("No verdict obtained from the rules-service: %s", e.toString());
            throw unavailable("No verdict could be obtained from the rules-service");
        } finally {
            sample.stop(metrics.timer("launchcheck.gateway.judgements", "kind", kind, "outcome", outcome));
        }
    }

    private ProblemException unavailable(String reason) {
        return ProblemException.unavailable(reason + "; nothing was stored. Try again later.", config.retryAfter());
    }

    /** A 400 or 404 of the rules-service, relayed with the fields named as in the gateway's request. */
    private static ProblemException relay(RulesRejectedException e, Long rulesetVersion) {
        Problem problem = e.problem();
        List<Problem.FieldError> errors = problem == null || problem.errors() == null ? List.of()
                : problem.errors().stream()
                        .map(error -> new Problem.FieldError(unprefixed(error.field()), error.message()))
                        .toList();
        if (e.status() == 404) {
            String detail = problem != null && problem.detail() != null ? unprefixed(problem.detail())
                    : "Ruleset version " + rulesetVersion + " does not exist";
            return new ProblemException(404, "Not found", detail,
                    errors.isEmpty() && rulesetVersion != null
                            ? List.of(new Problem.FieldError("rulesetVersion", "does not exist"))
                            : errors,
                    null);
        }
        if (errors.isEmpty()) {
            String detail = problem != null && problem.detail() != null ? unprefixed(problem.detail())
                    : "The rules-service refused the profile";
            return new ProblemException(400, "Invalid request", detail, List.of(), null);
        }
        return ProblemException.badRequest(errors);
    }

    private static String unprefixed(String text) {
        return text == null ? null : text.replaceAll("\\bprofile\\.", "");
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
            List<JurisdictionResult> results, UUID reevaluatedFrom, Changes changes) {
        return new AssessmentBody(UUID.randomUUID(), Verdicts.overall(results), profile.asOf(),
                judgement.evaluation().rulesetVersion(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                profile.app().name(), judgement.evaluation().identity(), results, profile,
                reevaluatedFrom, changes, RulesetProvenance.of(judgement.evaluation()));
    }

    private Assessment store(AssessmentBody body, String kind, String team) {
        Assessment assessment = new Assessment();
        assessment.id = body.id();
        assessment.appName = body.app();
        assessment.overall = body.overall();
        assessment.asOf = body.asOf();
        assessment.rulesetVersion = body.rulesetVersion();
        assessment.evaluatedAt = body.evaluatedAt();
        assessment.createdAt = Instant.now();
        assessment.profile = write(body.profile());
        assessment.body = write(body);
        assessment.reevaluatedFrom = body.reevaluatedFrom();
        assessment.team = team;
        Set<String> cited = new TreeSet<>();
        for (JurisdictionResult result : body.results()) {
            if (result.findings() != null) {
                result.findings().forEach(finding -> cited.add(finding.ruleId()));
            }
            if (result.upcoming() != null) {
                result.upcoming().forEach(upcoming -> cited.add(upcoming.ruleId()));
            }
        }
        assessment.ruleIds = cited.toArray(String[]::new);
        repository.insert(assessment);
        metrics.counter("launchcheck.gateway.assessments", "overall", body.overall().name(), "kind", kind)
                .increment();
        return assessment;
    }

    static Changes changes(AssessmentBody before, AssessmentBody after) {
        List<Changes.JurisdictionChange> jurisdictions = new ArrayList<>();
        for (JurisdictionResult now : after.results()) {
            JurisdictionResult then = before.results() == null ? null : before.results().stream()
                    .filter(result -> Objects.equals(result.jurisdiction(), now.jurisdiction()))
                    .findFirst().orElse(null);
            Set<String> findingsBefore = ids(then == null ? null : then.findings(), Finding::ruleId);
            Set<String> findingsAfter = ids(now.findings(), Finding::ruleId);
            Set<String> upcomingBefore = ids(then == null ? null : then.upcoming(), UpcomingRule::ruleId);
            Set<String> upcomingAfter = ids(now.upcoming(), UpcomingRule::ruleId);
            Verdict verdictBefore = then == null ? null : then.verdict();
            jurisdictions.add(new Changes.JurisdictionChange(now.jurisdiction(), verdictBefore, now.verdict(),
                    verdictBefore != now.verdict(),
                    minus(findingsAfter, findingsBefore), minus(findingsBefore, findingsAfter),
                    minus(upcomingAfter, upcomingBefore), minus(upcomingBefore, upcomingAfter)));
        }
        return new Changes(before.id(), Changes.Change.of(before.rulesetVersion(), after.rulesetVersion()),
                Changes.Change.of(before.asOf(), after.asOf()), Changes.Change.of(before.overall(), after.overall()),
                jurisdictions);
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items == null ? Set.of()
                : items.stream().filter(Objects::nonNull).map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> minus(Set<String> these, Set<String> those) {
        return these.stream().filter(id -> !those.contains(id)).toList();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialize an assessment", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return StrictJson.tolerant(json, type).readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored assessment", e);
        }
    }
}
