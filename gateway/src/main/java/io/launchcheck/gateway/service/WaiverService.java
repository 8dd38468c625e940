package io.launchcheck.gateway.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.launchcheck.api.Codes;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.config.WaiverConfig;
import io.launchcheck.gateway.domain.Actor;
import io.launchcheck.gateway.domain.FeedItem;
import io.launchcheck.gateway.domain.Waiver;
import io.launchcheck.gateway.domain.WaiverDecision;
import io.launchcheck.gateway.domain.WaiverEvent;
import io.launchcheck.gateway.domain.WaiverPage;
import io.launchcheck.gateway.domain.WaiverRequest;
import io.launchcheck.gateway.domain.WaiverView;
import io.launchcheck.gateway.repository.WaiverRepository;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The waiver use cases: request, approve or reject (four eyes: never by the requester), revoke, read. Each change
 * is written to the history with the token's subject in the same transaction. The end of an approved waiver
 * (revocation here, expiry in {@link WaiverExpiryCheck}) is told to its team through {@link TeamNotifier}.
 */
@ApplicationScoped
public class WaiverService {

    private static final Logger LOG = Logger.getLogger(WaiverService.class);
    private static final Pattern JURISDICTION = Pattern.compile("[A-Z]{2}(-[A-Z0-9]{1,3})?");

    private final WaiverRepository repository;
    private final Clock clock;
    private final WaiverConfig config;
    private final TeamNotifier notifier;

    public WaiverService(WaiverRepository repository, Clock clock, WaiverConfig config, TeamNotifier notifier) {
        this.repository = repository;
        this.clock = clock;
        this.config = config;
        this.notifier = notifier;
    }

    @Transactional
    public WaiverView request(WaiverRequest request, Actor actor) {
        Instant now = now();
        String team;
        if (actor.officer()) {
            if (request.team() == null || request.team().isBlank()) {
                throw ProblemException.badRequest("team", "a compliance officer requesting a waiver names the team");
            }
            team = request.team().strip();
        } else {
            team = actor.team();
            if (request.team() != null && !request.team().strip().equals(team)) {
                throw ProblemException.forbidden("A product team requests waivers for its own team only");
            }
        }
        String jurisdiction = Codes.normalize(request.jurisdiction());
        if (!JURISDICTION.matcher(jurisdiction).matches()) {
            throw ProblemException.badRequest("jurisdiction",
                    "expected an ISO 3166-1 alpha-2 code, an ISO 3166-2 subdivision or a bloc code such as EU");
        }
        checkExpiry("expiresAt", request.expiresAt(), now);
        Waiver waiver = new Waiver();
        waiver.id = UUID.randomUUID();
        waiver.ruleId = request.ruleId().strip();
        waiver.jurisdiction = jurisdiction;
        waiver.appName = request.app().strip();
        waiver.team = team;
        waiver.justification = request.justification().strip();
        waiver.reference = request.reference().strip();
        waiver.requestedExpiresAt = request.expiresAt().truncatedTo(ChronoUnit.MILLIS);
        waiver.status = Waiver.Status.REQUESTED;
        waiver.requestedBy = actor.subject();
        waiver.requestedAt = now;
        repository.persist(waiver);
        record(waiver, WaiverEvent.Action.REQUESTED, actor.subject(), now, null, waiver.requestedExpiresAt);
        return view(waiver, now);
    }

    @Transactional
    public WaiverView approve(UUID id, WaiverDecision decision, Actor actor) {
        Instant now = now();
        Waiver waiver = decidable(id, actor, "approve");
        Instant expiresAt = decision == null || decision.expiresAt() == null ? waiver.requestedExpiresAt
                : decision.expiresAt().truncatedTo(ChronoUnit.MILLIS);
        if (!now.isBefore(waiver.requestedExpiresAt)) {
            throw ProblemException.conflict("expiresAt", "The requested expiry " + waiver.requestedExpiresAt
                    + " has passed; the team must request a new waiver");
        }
        if (expiresAt.isAfter(waiver.requestedExpiresAt)) {
            throw ProblemException.unprocessable("expiresAt",
                    "may not lie after the requested expiry " + waiver.requestedExpiresAt);
        }
        checkExpiry("expiresAt", expiresAt, now);
        waiver.status = Waiver.Status.APPROVED;
        waiver.expiresAt = expiresAt;
        waiver.decidedBy = actor.subject();
        waiver.decidedAt = now;
        record(waiver, WaiverEvent.Action.APPROVED, actor.subject(), now, comment(decision), expiresAt);
        return view(waiver, now);
    }

    @Transactional
    public WaiverView reject(UUID id, WaiverDecision decision, Actor actor) {
        Instant now = now();
        Waiver waiver = decidable(id, actor, "reject");
        waiver.status = Waiver.Status.REJECTED;
        waiver.decidedBy = actor.subject();
        waiver.decidedAt = now;
        record(waiver, WaiverEvent.Action.REJECTED, actor.subject(), now, comment(decision), null);
        return view(waiver, now);
    }

    /**
     * Ends an approved waiver at once (a compliance officer, or the team it belongs to), then tells the team if
     * the verdict of its latest assessment of the app changed. If that cannot be judged now (rules-service down),
     * the expiry check tells it later; the revocation itself stands either way.
     */
    public WaiverView revoke(UUID id, WaiverDecision decision, Actor actor) {
        WaiverView revoked = QuarkusTransaction.requiringNew().call(() -> {
            Instant now = now();
            Waiver waiver = locked(id, actor);
            if (!actor.officer() && !actor.team().equals(waiver.team)) {
                throw ProblemException.notFound("No waiver with id " + id);
            }
            if (!waiver.activeAt(now)) {
                throw ProblemException.conflict(null, "Only an approved waiver that has not expired can be revoked; "
                        + "this one is " + waiver.statusAt(now));
            }
            waiver.status = Waiver.Status.REVOKED;
            waiver.revokedBy = actor.subject();
            waiver.revokedAt = now;
            record(waiver, WaiverEvent.Action.REVOKED, actor.subject(), now, comment(decision), null);
            return view(waiver, now);
        });
        try {
            notifier.waiverEnded(id, FeedItem.Cause.WAIVER_REVOKED);
        } catch (RuntimeException e) {
            LOG.warnf("The revocation of waiver %s is not told yet (retried by the expiry check): %s", id, e.toString());
        }
        return revoked;
    }

    public Optional<WaiverView> find(UUID id, Actor actor) {
        return repository.findByIdOptional(id).filter(waiver -> actor.sees(waiver.team))
                .map(waiver -> view(waiver, now()));
    }

    public WaiverPage list(String app, String team, Waiver.Status status, Boolean active, Actor actor, int page,
            int size) {
        Instant now = now();
        PanacheQuery<Waiver> query = repository.search(blankToNull(app), blankToNull(team), status, active, now,
                actor.reader(), page, size);
        List<WaiverView> items = query.list().stream().map(waiver -> view(waiver, now)).toList();
        return new WaiverPage(items, page, size, query.count());
    }

    private Waiver decidable(UUID id, Actor actor, String verb) {
        Waiver waiver = locked(id, actor);
        if (waiver.status != Waiver.Status.REQUESTED) {
            throw ProblemException.conflict(null, "Only a requested waiver can be decided; this one is "
                    + waiver.statusAt(now()));
        }
        if (waiver.requestedBy.equals(actor.subject())) {
            throw ProblemException.forbidden("Four eyes: a waiver is decided by a compliance officer other than its "
                    + "requester; you requested this one and cannot " + verb + " it");
        }
        return waiver;
    }

    /** The waiver, locked until the transaction ends so two decisions on it are taken one after the other. */
    private Waiver locked(UUID id, Actor actor) {
        return repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE).filter(waiver -> actor.sees(waiver.team))
                .orElseThrow(() -> ProblemException.notFound("No waiver with id " + id));
    }

    private void checkExpiry(String field, Instant expiresAt, Instant now) {
        if (!expiresAt.isAfter(now)) {
            throw ProblemException.unprocessable(field, "must lie in the future");
        }
        Instant latest = now.plus(Duration.ofDays(config.maxDays()));
        if (expiresAt.isAfter(latest)) {
            throw ProblemException.unprocessable(field, "may lie at most " + config.maxDays()
                    + " days ahead (launchcheck.waivers.max-days), that is until " + latest);
        }
    }

    private void record(Waiver waiver, WaiverEvent.Action action, String actor, Instant at, String comment,
            Instant expiresAt) {
        WaiverEvent event = new WaiverEvent();
        event.id = UUID.randomUUID();
        event.waiverId = waiver.id;
        event.action = action;
        event.actor = actor;
        event.at = at;
        event.comment = comment;
        event.expiresAt = expiresAt;
        repository.record(event);
    }

    /** The waiver as answered; inside a transaction that wrote to it, its history is flushed first. */
    private WaiverView view(Waiver waiver, Instant now) {
        if (QuarkusTransaction.isActive()) {
            repository.flush();
        }
        return WaiverView.of(waiver, repository.history(waiver.id), now);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String comment(WaiverDecision decision) {
        return decision == null || decision.comment() == null || decision.comment().isBlank() ? null
                : decision.comment().strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Writes the EXPIRED entry of a waiver's history (once), as the gateway noticed it. */
    @Transactional
    public void recordExpiry(UUID id, Instant noticedAt) {
        Waiver waiver = repository.findById(id);
        if (waiver != null && waiver.status == Waiver.Status.APPROVED
                && !repository.hasEvent(id, WaiverEvent.Action.EXPIRED)) {
            record(waiver, WaiverEvent.Action.EXPIRED, "system", waiver.expiresAt,
                    "expired; noticed at " + noticedAt.truncatedTo(ChronoUnit.SECONDS), waiver.expiresAt);
        }
    }
}
