package io.launchcheck.gateway.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;


import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.RulePreview;
import io.launchcheck.api.RulePreviewRequest;
import io.launchcheck.api.RulePublication;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.client.FailClosed;
import io.launchcheck.gateway.client.RegistryClient;
import io.launchcheck.gateway.domain.ImpactPreview;
import io.launchcheck.gateway.domain.ImpactPreviewRequest;
import io.launchcheck.gateway.domain.RulePublicationOutcome;
import io.launchcheck.gateway.repository.LatestAssessmentRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The impact of rule drafts on the teams' latest assessments: the gateway holds the stored profiles, the registry
 * holds the drafts and judges each profile in-process with and without them (up to {@link #BATCH} profiles a call).
 * Publishing through here hands the verdicts it changed to {@link PublishedVerdictChanges}.
 */
@ApplicationScoped
public class ImpactService {

    /** Profiles sent to the registry per preview call. */
    static final int BATCH = 5000;

    private static final Logger LOG = Logger.getLogger(ImpactService.class);

    private final LatestAssessmentRepository latest;
    private final RegistryClient registry;
    private final FailClosed failClosed;
    private final StoredJson stored;
    private final PublishedVerdictChanges publishedChanges;

    public ImpactService(LatestAssessmentRepository latest, RegistryClient registry, FailClosed failClosed,
            StoredJson stored, PublishedVerdictChanges publishedChanges) {
        this.latest = latest;
        this.registry = registry;
        this.failClosed = failClosed;
        this.stored = stored;
        this.publishedChanges = publishedChanges;
    }

    public ImpactPreview preview(ImpactPreviewRequest request, String authorization) {
        LocalDate asOf = request.asOf() == null ? LocalDate.now(ZoneOffset.UTC) : request.asOf();
        List<LatestAssessmentRepository.Latest> rows = QuarkusTransaction.requiringNew().call(latest::latestPerTeamAndApp);
        Map<String, LatestAssessmentRepository.Latest> byKey = new HashMap<>();
        List<RulePreviewRequest.Item> items = new ArrayList<>(rows.size());
        for (LatestAssessmentRepository.Latest row : rows) {
            String key = row.id().toString();
            byKey.put(key, row);
            items.add(new RulePreviewRequest.Item(key, stored.read(row.profileJson(), DeploymentProfile.class)));
        }
        List<RulePreview> answers = new ArrayList<>();
        for (int from = 0; from == 0 || from < items.size(); from += BATCH) {
            List<RulePreviewRequest.Item> batch = items.subList(from, Math.min(items.size(), from + BATCH));
            answers.add(failClosed.registry(() -> registry.preview(authorization, new RulePreviewRequest(request.drafts(), asOf, batch))));
        }
        long version = answers.get(0).rulesetVersion();
        if (answers.stream().anyMatch(answer -> answer.rulesetVersion() != version)) {
            throw ProblemException.conflict(null, "The published ruleset changed while the preview ran; preview again");
        }
        int judged = 0;
        int unaffected = 0;
        List<ImpactPreview.Change> changes = new ArrayList<>();
        List<UUID> unjudged = new ArrayList<>();
        for (RulePreview answer : answers) {
            judged += answer.judged();
            unaffected += answer.unaffected();
            for (RulePreview.Change change : answer.changes()) {
                LatestAssessmentRepository.Latest row = byKey.get(change.key());
                changes.add(new ImpactPreview.Change(row.id(), row.team(), row.app(), change.jurisdiction(),
                        change.before(), change.after(), change.rules()));
            }
            answer.unjudged().forEach(key -> unjudged.add(UUID.fromString(key)));
        }
        return new ImpactPreview(version, answers.get(0).drafts(), asOf, rows.size(), judged, unaffected, changes.size(),
                groups(changes), changes, unjudged);
    }

    /**
     * Previews the drafts on today's date, publishes them in the registry as the caller, and hands the verdicts the
     * publication changed to {@link PublishedVerdictChanges}. Nothing is published when the preview fails.
     */
    public RulePublicationOutcome publish(RulePublication.Request request, String authorization) {
        ImpactPreview impact = preview(new ImpactPreviewRequest(request.drafts(), null), authorization);
        RulePublication publication = failClosed.registry(() -> registry.publish(authorization, request));
        if (publication.rulesetVersion() != impact.rulesetVersion() + 1) {
            LOG.warnf("Ruleset version %d was published on version %d, not on %d that the impact was judged on",
                    publication.rulesetVersion(), publication.rulesetVersion() - 1, impact.rulesetVersion());
        }
        try {
            publishedChanges.published(publication, impact.changes());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Handing on the verdict changes of ruleset version %d failed", publication.rulesetVersion());
        }
        return new RulePublicationOutcome(publication, impact);
    }

    /** Per team (assessments without a team last) and jurisdiction, the changes and their verdict transitions. */
    private static List<ImpactPreview.Group> groups(List<ImpactPreview.Change> changes) {
        Map<List<String>, Map<List<Verdict>, Integer>> counts = new TreeMap<>((a, b) -> {
            int team = Objects.compare(a.get(0), b.get(0), java.util.Comparator.nullsLast(String::compareTo));
            return team != 0 ? team : a.get(1).compareTo(b.get(1));
        });
        for (ImpactPreview.Change change : changes) {
            counts.computeIfAbsent(java.util.Arrays.asList(change.team(), change.jurisdiction()), k -> new LinkedHashMap<>())
                    .merge(List.of(change.before(), change.after()), 1, Integer::sum);
        }
        List<ImpactPreview.Group> groups = new ArrayList<>();
        counts.forEach((key, transitions) -> groups.add(new ImpactPreview.Group(key.get(0), key.get(1),
                transitions.values().stream().mapToInt(Integer::intValue).sum(),
                transitions.entrySet().stream().map(t -> new ImpactPreview.Transition(t.getKey().get(0),
                        t.getKey().get(1), t.getValue())).toList())));
        return groups;
    }
}
