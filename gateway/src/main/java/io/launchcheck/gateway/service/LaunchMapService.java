package io.launchcheck.gateway.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.LaunchMapRequest;
import io.launchcheck.api.Verdicts;
import io.launchcheck.gateway.client.FailClosed;
import io.launchcheck.gateway.domain.Caller;
import io.launchcheck.gateway.domain.LaunchMap;
import io.launchcheck.gateway.domain.LaunchMapBody;
import io.launchcheck.gateway.domain.LaunchMapPage;
import io.launchcheck.gateway.domain.LaunchMapRow;
import io.launchcheck.gateway.domain.LaunchMapSummary;
import io.launchcheck.gateway.domain.LaunchMapTotals;
import io.launchcheck.gateway.domain.LaunchMapUncheckedRule;
import io.launchcheck.gateway.domain.RulesetProvenance;
import io.launchcheck.gateway.repository.LaunchMapRepository;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;

/**
 * The launch-map use cases: judge one profile in every country of a scope and keep the result, read it back, list.
 * Fails closed exactly like assessments ({@link FailClosed}): nothing is stored unless every
 * jurisdiction of the scope got a verdict.
 */
@ApplicationScoped
public class LaunchMapService {

    private final ProfileNormalizer normalizer;
    private final JudgementService judgements;
    private final FailClosed failClosed;
    private final AssessmentService assessments;
    private final LaunchMapRepository repository;
    private final LaunchMapFactory factory;
    private final MeterRegistry metrics;

    public LaunchMapService(ProfileNormalizer normalizer, JudgementService judgements, FailClosed failClosed,
            AssessmentService assessments, LaunchMapRepository repository, LaunchMapFactory factory,
            MeterRegistry metrics) {
        this.normalizer = normalizer;
        this.judgements = judgements;
        this.failClosed = failClosed;
        this.assessments = assessments;
        this.repository = repository;
        this.factory = factory;
        this.metrics = metrics;
    }

    /** Judges a launch map, with advice unless {@code advice} is false, and stores it under the submitting team. */
    public NewLaunchMap create(LaunchMapRequest submitted, String team, boolean advice) {
        LaunchMapRequest request = normalizer.normalize(submitted);
        JudgementService.Judgement judgement = failClosed.judgement("launch-map", null,
                () -> judgements.judgeLaunchMap(request, advice));
        List<JurisdictionResult> judged = assessments.waived(judgement.evaluation().results(), request.app().name(),
                team);
        List<LaunchMapUncheckedRule> notChecked = LaunchMapUncheckedRule.grouped(judged);
        List<JurisdictionResult> results = judged.stream().map(LaunchMapUncheckedRule::withoutNotChecked).toList();
        LaunchMapTotals totals = LaunchMapTotals.of(results);
        LaunchMapBody body = new LaunchMapBody(UUID.randomUUID(), request.scope(), Verdicts.overall(results), totals,
                request.asOf(), judgement.evaluation().rulesetVersion(), Instant.now().truncatedTo(ChronoUnit.MILLIS),
                request.app().name(), judgement.evaluation().identity(), results, notChecked, request,
                RulesetProvenance.of(judgement.evaluation()));

        NewLaunchMap map = factory.of(body, team);
        repository.insert(map.row(), map.body());
        metrics.counter("launchcheck.gateway.launch-maps", "overall", body.overall().name(),
                "scope", map.row().scope.name()).increment();
        return map;
    }

    /** The stored launch map, if there is one with this id that the caller may see (another team's does not exist). */
    public Optional<LaunchMap> find(UUID id, Caller caller) {
        return repository.byId(id).filter(caller::sees);
    }

    /** The launch maps the caller may see, newest first. */
    public LaunchMapPage list(Caller caller, int page, int size) {
        PanacheQuery<LaunchMapRow> query = repository.visibleTo(caller, page, size);
        List<LaunchMapSummary> items = query.list().stream().map(LaunchMapSummary::of).toList();
        return new LaunchMapPage(items, page, size, query.count());
    }
}
