package io.launchcheck.rules.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import io.launchcheck.api.Ruleset;
import io.launchcheck.api.RulesetUpdate;
import io.launchcheck.rules.client.RegistryClient;
import io.launchcheck.rules.config.RulesConfig;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the registry's current ruleset in memory. A background poll asks the registry for its ruleset
 * version every {@code launchcheck.rules.refresh-interval} (only every {@code launchcheck.rules.push.poll-interval}
 * while the push channel, {@link RulesetPush}, is up and loads changes as they commit) and, when it changed, loads
 * the new ruleset and swaps it in atomically. Requests read the snapshot and never wait on the registry; when the
 * registry is unreachable the last snapshot keeps judging and is reported as stale.
 */
@Singleton
public class RulesetHolder {

    private static final Logger LOG = Logger.getLogger(RulesetHolder.class);

    private final AtomicReference<RulesetSnapshot> current = new AtomicReference<>();
    private final Clock clock = Clock.systemUTC();
    private volatile Instant lastContact;
    private volatile String lastFailure;
    private volatile boolean pushUp;
    private volatile long lastPoll;
    private ScheduledExecutorService poller;

    private final RegistryClient registry;
    private final RulesConfig config;

    private final Timer propagation;

    @Inject
    RulesetHolder(RegistryClient registry,
            RulesConfig config,
            MeterRegistry meters) {
        this.registry = registry;
        this.config = config;
        this.propagation = Timer.builder("launchcheck.ruleset.propagation")
                .description("From a ruleset change's commit in the registry (its changedAt) to its being held here; "
                        + "includes any difference between the two machines' clocks")
                .publishPercentiles(0.5, 0.99)
                .register(meters);
    }

    void start(@Observes StartupEvent event) {
        poller = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ruleset-refresh");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(10, config.refreshInterval().toMillis());
        poller.scheduleWithFixedDelay(this::poll, 0, interval, TimeUnit.MILLISECONDS);
    }

    /** A poll, skipped while the push channel is up and the last poll is recent. */
    private void poll() {
        long now = System.nanoTime();
        if (pushUp && now - lastPoll < config.push().pollInterval().toNanos()) {
            return;
        }
        lastPoll = now;
        refresh();
    }

    void stop(@Observes ShutdownEvent event) {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    /** Asks the registry for its ruleset version and loads the ruleset when it changed. Never throws. */
    void refresh() {
        update(true);
    }

    /**
     * Loads the registry's current ruleset unless it is the one held (the push channel heard of a change).
     * Never throws.
     *
     * @return whether the registry answered
     */
    boolean load() {
        return update(false);
    }

    /**
     * Applies {@code update}, the registry's answer for a caller holding {@code known} (the push channel received
     * it). When the held snapshot is no longer {@code known} (a poll moved it meanwhile), loads the current ruleset
     * unless the one held is already as recent. Never throws.
     *
     * @return whether the update was applied or the registry answered
     */
    synchronized boolean follow(RulesetSnapshot known, RulesetUpdate update) {
        RulesetSnapshot held = current.get();
        if (held != known) {
            return held != null && held.version() >= update.version() || update(false);
        }
        try {
            swapIn(known, following(known, update));
        } catch (RuntimeException e) {
            // an update that cannot be applied (jurisdictions left out that are not held): load the whole ruleset
            LOG.debugf(e, "The pushed change to version %d could not be applied; loading the ruleset", update.version());
            return update(false);
        }
        contacted();
        return true;
    }

    private synchronized boolean update(boolean askVersionFirst) {
        try {
            RulesetSnapshot known = current.get();
            if (!askVersionFirst || known == null || known.version() != registry.currentVersion()) {
                swapIn(known, known == null ? whole(null) : following(known));
            }
            contacted();
        } catch (RuntimeException e) {
            if (lastFailure == null) {
                LOG.warnf("The registry cannot be reached (%s); judging with ruleset version %s until it can",
                        e.getMessage(), current.get() == null ? "none" : current.get().version());
            }
            lastFailure = e.getClass().getSimpleName() + ": " + e.getMessage();
            return false;
        }
        return true;
    }

    private void contacted() {
        lastContact = clock.instant();
        if (lastFailure != null) {
            LOG.infof("The registry is reachable again");
            lastFailure = null;
        }
    }

    /**
     * Holds {@code snapshot} (null: nothing new) instead of {@code known}; a change that followed a held version is
     * timed from its commit in the registry ({@code launchcheck.ruleset.propagation}).
     */
    private void swapIn(RulesetSnapshot known, RulesetSnapshot snapshot) {
        if (snapshot == null) {
            return;
        }
        current.set(snapshot);
        if (known != null && snapshot.changedAt() != null) {
            Duration sinceCommit = Duration.between(snapshot.changedAt(), clock.instant());
            propagation.record(sinceCommit);
            LOG.infof("Loaded ruleset version %d (%d rules), %d ms after it was committed", snapshot.version(),
                    snapshot.ruleCount(), sinceCommit.toMillis());
        } else {
            LOG.infof("Loaded ruleset version %d (%d rules)", snapshot.version(), snapshot.ruleCount());
        }
    }

    /**
     * The registry's current ruleset as a snapshot that follows {@code known}: derived from it and the rules changed
     * since when only rules changed (the common case: one rule edited), else built from the whole ruleset; null when
     * it is still {@code known}'s version.
     */
    private RulesetSnapshot following(RulesetSnapshot known) {
        Optional<RulesetUpdate> update = registry.changesSince(known.version(), known.jurisdictionsDigest());
        return update.isEmpty() ? whole(known) : following(known, update.get());
    }

    /** {@code known} followed by {@code changes}, the registry's answer for it; null when nothing changed. */
    private RulesetSnapshot following(RulesetSnapshot known, RulesetUpdate changes) {
        if (changes.ruleset() != null) {
            return RulesetSnapshot.of(changes.ruleset(), clock.instant(), known);
        }
        if (changes.version() == known.version()) {
            return null;
        }
        return known.withRuleChanges(changes.version(), changes.changedAt(), changes.pack(), changes.rules(),
                changes.removed(), clock.instant());
    }

    /** The registry's whole current ruleset (jurisdictions only when they differ from {@code known}'s), or null. */
    private RulesetSnapshot whole(RulesetSnapshot known) {
        // the jurisdictions (reference data, most of the ruleset's size) travel only when they changed
        Optional<Ruleset> ruleset = registry.currentRuleset(known == null ? null : known.version(),
                known == null ? null : known.jurisdictionsDigest());
        return ruleset.map(whole -> RulesetSnapshot.of(whole, clock.instant(), known)).orElse(null);
    }

    /** Whether the push channel is up (set by {@link RulesetPush}). */
    public boolean pushUp() {
        return pushUp;
    }

    void pushUp(boolean up) {
        pushUp = up;
    }

    /** The current ruleset; empty until the first one is loaded. */
    public Optional<RulesetSnapshot> current() {
        return Optional.ofNullable(current.get());
    }

    /** True when the registry has not been reached for longer than {@code launchcheck.rules.stale-after}. */
    public boolean stale() {
        Instant contact = lastContact;
        return contact == null || Duration.between(contact, clock.instant()).compareTo(config.staleAfter()) > 0;
    }

    /** When the registry last answered, or null if never. */
    public Instant lastContact() {
        return lastContact;
    }

    /** Why the last refresh failed, or null when it succeeded. */
    public String lastFailure() {
        return lastFailure;
    }
}
