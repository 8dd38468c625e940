package io.launchcheck.gateway.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.launchcheck.gateway.domain.FeedItem;
import io.launchcheck.gateway.domain.Waiver;
import io.launchcheck.gateway.repository.WaiverRepository;
import io.quarkus.scheduler.Scheduled;

/**
 * Notices the ends of approved waivers: an expiry gets its EXPIRED history entry, and each end (expiry or a
 * revocation not yet told) is told to the team if it changed a verdict. Expiry itself needs no job: every
 * judgement reads only waivers that have not expired at that moment. Runs every
 * {@code launchcheck.waivers.expiry-check} (60 s by default; {@code off} disables it), first 5 s after the gateway
 * starts.
 */
@ApplicationScoped
public class WaiverExpiryCheck {

    private static final Logger LOG = Logger.getLogger(WaiverExpiryCheck.class);

    private final WaiverRepository repository;
    private final WaiverService waivers;
    private final TeamNotifier notifier;
    private final Clock clock;

    public WaiverExpiryCheck(WaiverRepository repository, WaiverService waivers, TeamNotifier notifier, Clock clock) {
        this.repository = repository;
        this.waivers = waivers;
        this.notifier = notifier;
        this.clock = clock;
    }

    @Scheduled(identity = "waiver-expiry-check", every = "${launchcheck.waivers.expiry-check:60s}",
            delayed = WebhookSender.FIRST_RUN_AFTER,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        check();
    }

    /** Handles every ended waiver not yet told; returns how many were handled. */
    public synchronized int check() {
        Instant now = clock.instant();
        int handled = 0;
        for (Waiver waiver : repository.endedUntold(now)) {
            try {
                FeedItem.Cause cause;
                if (waiver.status == Waiver.Status.APPROVED) {
                    waivers.recordExpiry(waiver.id, now);
                    cause = FeedItem.Cause.WAIVER_EXPIRED;
                } else {
                    cause = FeedItem.Cause.WAIVER_REVOKED;
                }
                notifier.waiverEnded(waiver.id, cause);
                handled++;
            } catch (RuntimeException e) {
                LOG.warnf("The end of waiver %s is not told yet (retried at the next check): %s", waiver.id,
                        e.toString());
            }
        }
        return handled;
    }
}
