package io.launchcheck.rules.service;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.launchcheck.rules.client.RegistryPushRestClient;
import io.launchcheck.api.RulesetUpdate;
import io.launchcheck.rules.config.RulesConfig;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The push channel from the registry: a long poll on the changes since the held version ({@code GET
 * /api/v1/ruleset/changes?since=N&heldJurisdictions=D&wait=S}) that the registry answers with the change as soon as
 * it commits, so the change is applied without a further request. A registry that refuses it (one without that long
 * poll) is asked the older way: a long poll on the version ({@code GET /api/v1/ruleset/version?after=N&wait=S}),
 * then the ruleset is loaded. While the
 * channel works, {@link RulesetHolder} polls only every {@code launchcheck.rules.push.poll-interval} (to catch a
 * change committed through another registry instance); when it fails (registry down, an error, or a registry that
 * answers at once without a change, i.e. one without the long poll), polling every
 * {@code launchcheck.rules.refresh-interval} takes over until the channel works again, tried every
 * {@code launchcheck.rules.push.retry}.
 */
@Singleton
public class RulesetPush {

    private static final Logger LOG = Logger.getLogger(RulesetPush.class);

    private final RegistryPushRestClient registry;
    private final RulesetHolder holder;
    private final RulesConfig config;

    @Inject
    RulesetPush(@RestClient RegistryPushRestClient registry,
            RulesetHolder holder,
            RulesConfig config) {
        this.registry = registry;
        this.holder = holder;
        this.config = config;
    }

    private volatile boolean running;
    private volatile String lastFailure;
    private Thread thread;

    void start(@Observes StartupEvent event) {
        if (!config.push().enabled()) {
            LOG.info("The ruleset push channel is off: the registry is polled every "
                    + config.refreshInterval().toMillis() + " ms");
            return;
        }
        running = true;
        thread = new Thread(this::listen, "ruleset-push");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void listen() {
        long waitSeconds = Math.max(1, config.push().longPoll().toSeconds());
        while (running) {
            RulesetSnapshot held = holder.current().orElse(null);
            long started = System.nanoTime();
            try {
                long known = held == null ? 0L : held.version();
                Optional<RulesetUpdate> update = held == null ? Optional.empty() : changesAfter(held, waitSeconds);
                if (update.isEmpty()) {
                    started = System.nanoTime();
                }
                long answered = update.isPresent() ? update.get().version()
                        : registry.versionAfter(known, waitSeconds).version();
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                if (answered == known && waited.toSeconds() * 2 < waitSeconds) {
                    down("the registry answered at once without a change (no long poll on its ruleset)");
                    pause();
                    continue;
                }
                up();
                boolean loaded = answered == known
                        || (update.isPresent() ? holder.follow(held, update.get()) : holder.load());
                if (!loaded) {
                    pause();
                }
            } catch (RuntimeException e) {
                if (!running) {
                    return;
                }
                down(e.getClass().getSimpleName() + ": " + e.getMessage());
                pause();
            }
        }
    }

    /**
     * The long poll on the registry's changes: the change itself as soon as it commits. Empty when the registry
     * refuses it (one without {@code /changes}, or a held version it does not have), answers at once without a change
     * (one whose {@code /changes} does not wait yet, as during a rolling update) or answers for another version; the
     * long poll on the version is used for this round instead.
     */
    private Optional<RulesetUpdate> changesAfter(RulesetSnapshot held, long waitSeconds) {
        long started = System.nanoTime();
        try {
            RulesetUpdate update = registry.changesAfter(held.version(), held.jurisdictionsDigest(), waitSeconds);
            boolean atOnceUnchanged = update.version() == held.version()
                    && Duration.ofNanos(System.nanoTime() - started).toSeconds() * 2 < waitSeconds;
            return update.follows(held.version()) && !atOnceUnchanged ? Optional.of(update) : Optional.empty();
        } catch (WebApplicationException e) {
            if (e.getResponse() != null && e.getResponse().getStatus() / 100 == 4) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private void up() {
        if (lastFailure != null || !holder.pushUp()) {
            LOG.infof("The ruleset push channel is up: changes are loaded as they commit; polling every %d ms",
                    config.push().pollInterval().toMillis());
        }
        lastFailure = null;
        holder.pushUp(true);
    }

    private void down(String reason) {
        if (lastFailure == null || holder.pushUp()) {
            LOG.infof("The ruleset push channel is down (%s); polling the registry every %d ms", reason,
                    config.refreshInterval().toMillis());
        }
        lastFailure = reason;
        holder.pushUp(false);
    }

    private void pause() {
        try {
            Thread.sleep(config.push().retry().toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Why the push channel is down, or null when it is up (or has not failed yet). */
    public String lastFailure() {
        return lastFailure;
    }
}
