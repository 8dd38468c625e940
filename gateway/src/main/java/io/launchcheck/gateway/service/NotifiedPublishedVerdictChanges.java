package io.launchcheck.gateway.service;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.launchcheck.api.Codes;
import io.launchcheck.api.RulePublication;
import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.domain.ImpactPreview;

/**
 * Tells each team whose latest assessment a published ruleset change flips: one feed entry (and webhook delivery)
 * per assessment, with the verdicts the impact preview judged before publishing. Never throws: the change is
 * published whatever happens here; a failure is logged.
 */
@ApplicationScoped
public class NotifiedPublishedVerdictChanges implements PublishedVerdictChanges {

    private static final Logger LOG = Logger.getLogger(NotifiedPublishedVerdictChanges.class);

    private final TeamNotifier notifier;

    public NotifiedPublishedVerdictChanges(TeamNotifier notifier) {
        this.notifier = notifier;
    }

    @Override
    public void published(RulePublication publication, List<ImpactPreview.Change> changes) {
        Map<UUID, Map<String, Verdict>> byAssessment = new LinkedHashMap<>();
        Map<UUID, Set<String>> rules = new LinkedHashMap<>();
        for (ImpactPreview.Change change : changes) {
            byAssessment.computeIfAbsent(change.assessmentId(), id -> new LinkedHashMap<>())
                    .put(Codes.normalize(change.jurisdiction()), change.after());
            rules.computeIfAbsent(change.assessmentId(), id -> new LinkedHashSet<>())
                    .addAll(change.rules() == null ? List.of() : change.rules());
        }
        byAssessment.forEach((assessment, after) -> {
            try {
                notifier.publishedChange(assessment, after, publication.rulesetVersion(),
                        List.copyOf(rules.get(assessment)));
            } catch (RuntimeException e) {
                LOG.warnf("Could not tell the team of assessment %s about ruleset version %d: %s", assessment,
                        publication.rulesetVersion(), e.toString());
            }
        });
    }
}
