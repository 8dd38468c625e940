package io.launchcheck.gateway.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.Verdicts;
import io.launchcheck.gateway.client.FailClosed;
import io.launchcheck.gateway.domain.Assessment;
import io.launchcheck.gateway.domain.AssessmentBody;
import io.launchcheck.gateway.domain.FeedEntry;
import io.launchcheck.gateway.domain.FeedItem;
import io.launchcheck.gateway.domain.Waiver;
import io.launchcheck.gateway.domain.Webhook;
import io.launchcheck.gateway.domain.WebhookDelivery;
import io.launchcheck.gateway.repository.AssessmentRepository;
import io.launchcheck.gateway.repository.DeliveryRepository;
import io.launchcheck.gateway.repository.FeedRepository;
import io.launchcheck.gateway.repository.WaiverRepository;
import io.launchcheck.gateway.repository.WebhookRepository;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Tells a team when the verdict of its latest assessment of an app changes without the team doing anything: a
 * waiver expired or was revoked, or a ruleset change was published. The latest assessment's stored profile is
 * judged again through the rules-service (as a re-evaluation does, on its {@code asOf}, against the current
 * ruleset), waivers are applied as they stand now, and the verdicts are compared with what the team last knew: the
 * stored assessment, updated by the feed entries already told about it. A change becomes one feed entry and, when
 * the team registered a webhook, one delivery ({@link WebhookSender}). Nothing changes the stored assessments.
 * Rechecks of one team's app are serialized across gateway replicas by a PostgreSQL advisory lock.
 */
@ApplicationScoped
public class TeamNotifier {

    private static final Logger LOG = Logger.getLogger(TeamNotifier.class);

    private final AssessmentRepository assessments;
    private final FeedRepository feed;
    private final WebhookRepository webhooks;
    private final DeliveryRepository deliveries;
    private final WaiverRepository waiverRepository;
    private final JudgementService judgements;
    private final FailClosed failClosed;
    private final Waivers waivers;
    private final AssessmentFactory factory;
    private final StoredJson json;
    private final Clock clock;

    public TeamNotifier(AssessmentRepository assessments, FeedRepository feed, WebhookRepository webhooks,
            DeliveryRepository deliveries, WaiverRepository waiverRepository, JudgementService judgements,
            FailClosed failClosed, Waivers waivers, AssessmentFactory factory, StoredJson json, Clock clock) {
        this.assessments = assessments;
        this.feed = feed;
        this.webhooks = webhooks;
        this.deliveries = deliveries;
        this.waiverRepository = waiverRepository;
        this.judgements = judgements;
        this.failClosed = failClosed;
        this.waivers = waivers;
        this.factory = factory;
        this.json = json;
        this.clock = clock;
    }

    /**
     * A waiver stopped covering findings (expired or revoked): its app's latest assessment is judged again and the
     * team told if a verdict changed; then the end is marked told. Serialized, so a change is told once.
     *
     * @throws RuntimeException when no verdict can be obtained now (the end stays untold and is retried)
     */
    public synchronized Optional<FeedItem> waiverEnded(UUID waiverId, FeedItem.Cause cause) {
        Waiver waiver = waiverRepository.findById(waiverId);
        if (waiver == null || waiver.endHandled) {
            return Optional.empty();
        }
        Optional<FeedItem> told = recheck(waiver.team, waiver.appName, cause, waiver.id, List.of(waiver.ruleId));
        QuarkusTransaction.requiringNew().run(() -> {
            Waiver handled = waiverRepository.findById(waiverId);
            handled.endHandled = true;
        });
        return told;
    }

    /**
     * For the publishing of a ruleset change: every team's latest assessment of every app is judged again and each
     * team told of its changed verdicts. Returns what was told.
     */
    public synchronized List<FeedItem> rulesetPublished(List<String> changedRules) {
        List<FeedItem> told = new ArrayList<>();
        for (Assessment latest : assessments.latestOfEveryApp()) {
            recheck(latest.team, latest.appName, FeedItem.Cause.RULESET_PUBLISHED, null, changedRules)
                    .ifPresent(told::add);
        }
        return told;
    }

    /**
     * Judges the team's latest assessment of the app again and tells the team if a verdict differs from what it
     * last knew. Empty when the team has no assessment of the app or nothing changed.
     */
    public synchronized Optional<FeedItem> recheck(String team, String app, FeedItem.Cause cause, UUID waiverId,
            List<String> rules) {
        // one gateway replica at a time per team and app (a PostgreSQL advisory lock held until this transaction
        // ends): another replica rechecking the same app waits and then sees what was told (no change told twice)
        return QuarkusTransaction.requiringNew().call(() -> {
            assessments.getEntityManager()
                    .createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtext(:key))) locked")
                    .setParameter("key", "team-feed\n" + team + "\n" + app.strip().toLowerCase(java.util.Locale.ROOT))
                    .getSingleResult();
            return judgeAndTell(team, app, cause, waiverId, rules);
        });
    }

    private Optional<FeedItem> judgeAndTell(String team, String app, FeedItem.Cause cause, UUID waiverId,
            List<String> rules) {
        Optional<Assessment> found = assessments.latest(team, app);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Assessment latest = found.get();
        DeploymentProfile profile = factory.profile(latest);
        JudgementService.Judgement judgement = failClosed.rawJudgement("recheck", () -> judgements.judge(profile, null));
        List<JurisdictionResult> now = waivers.apply(judgement.evaluation().results(), latest.appName, team,
                clock.instant());
        return verdictChanged(team, latest.appName, latest.id, known(latest), now,
                judgement.evaluation().rulesetVersion(), cause, waiverId, rules);
    }

    /**
     * For a published ruleset change whose effect was judged before publishing (the impact preview): the team of
     * the assessment is told of the targets whose verdicts changed, against what it last knew of the others.
     *
     * @param changed the verdict after the change per jurisdiction, for the targets it changed
     */
    public synchronized Optional<FeedItem> publishedChange(UUID assessmentId, Map<String, Verdict> changed,
            long rulesetVersion, List<String> rules) {
        Optional<Assessment> stored = assessments.byId(assessmentId);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        Assessment latest = stored.get();
        Map<String, Verdict> before = known(latest);
        List<JurisdictionResult> after = new ArrayList<>();
        before.forEach((jurisdiction, verdict) -> after.add(new JurisdictionResult(jurisdiction,
                changed.getOrDefault(jurisdiction, verdict), List.of(), List.of())));
        return verdictChanged(latest.team, latest.appName, latest.id, before, after, rulesetVersion,
                FeedItem.Cause.RULESET_PUBLISHED, null, rules);
    }

    /**
     * The one place a verdict change becomes a feed entry and a webhook delivery, for callers that judged the
     * before and after themselves (the publishing of a ruleset change). Nothing is told when no target's verdict
     * differs.
     *
     * @param before the verdict per target jurisdiction the team knew
     * @param after  the results judged now, waivers applied
     */
    public synchronized Optional<FeedItem> verdictChanged(String team, String app, UUID assessmentId,
            Map<String, Verdict> before, List<JurisdictionResult> after, long rulesetVersion, FeedItem.Cause cause,
            UUID waiverId, List<String> rules) {
        List<FeedItem.Change> changes = new ArrayList<>();
        Verdict overallBefore = Verdict.COMPLIANT;
        for (Verdict verdict : before.values()) {
            overallBefore = overallBefore.worst(verdict);
        }
        for (JurisdictionResult result : after) {
            Verdict then = before.get(Codes.normalize(result.jurisdiction()));
            if (then != result.verdict()) {
                changes.add(new FeedItem.Change(result.jurisdiction(), then, result.verdict()));
            }
        }
        if (changes.isEmpty()) {
            return Optional.empty();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        FeedItem item = new FeedItem(UUID.randomUUID(), team, app, assessmentId, cause, waiverId, rulesetVersion,
                rules == null ? List.of() : List.copyOf(rules), overallBefore, Verdicts.overall(after), changes, at);
        QuarkusTransaction.requiringNew().run(() -> {
            FeedEntry entry = new FeedEntry();
            entry.id = item.id();
            entry.team = team;
            entry.appName = app;
            entry.assessmentId = assessmentId;
            entry.cause = cause;
            entry.waiverId = waiverId;
            entry.overallBefore = item.overallBefore();
            entry.overallAfter = item.overallAfter();
            entry.createdAt = at;
            entry.body = json.write(item);
            feed.persist(entry);
            Webhook webhook = webhooks.findById(team);
            if (webhook != null) {
                WebhookDelivery delivery = new WebhookDelivery();
                delivery.id = UUID.randomUUID();
                delivery.team = team;
                delivery.feedEntryId = entry.id;
                delivery.url = webhook.url;
                delivery.status = WebhookDelivery.Status.PENDING;
                delivery.nextAttemptAt = at;
                delivery.createdAt = at;
                deliveries.persist(delivery);
            }
        });
        LOG.infof("Told team %s: %s of %s changed from %s to %s (%s)", team, app, assessmentId, item.overallBefore(),
                item.overallAfter(), cause);
        return Optional.of(item);
    }

    /** What the team knows of its assessment's verdicts: as stored, updated by every change told since. */
    private Map<String, Verdict> known(Assessment latest) {
        AssessmentBody body = factory.body(latest);
        Map<String, Verdict> known = new LinkedHashMap<>();
        for (JurisdictionResult result : body.results()) {
            known.put(Codes.normalize(result.jurisdiction()), result.verdict());
        }
        List<FeedEntry> told = feed.find("assessmentId = ?1 order by createdAt, id", latest.id).list();
        for (FeedEntry entry : told) {
            for (FeedItem.Change change : json.read(entry.body, FeedItem.class).jurisdictions()) {
                known.put(Codes.normalize(change.jurisdiction()), change.after());
            }
        }
        return known;
    }
}
