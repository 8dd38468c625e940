package io.launchcheck.rules.service;

import java.time.Duration;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

import io.launchcheck.rules.client.RegistryPushRestClient;
import io.launchcheck.api.RulesetVersion;
import io.launchcheck.rules.config.RulesConfig;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The push channel from the registry: a long poll on the ruleset version ({@code GET /api/v1/ruleset/version?after=N
 * &wait=S}) that the registry answers as soon as a change commits; the new ruleset is then loaded at once. While the
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
            long known = holder.current().map(RulesetSnapshot::version).orElse(0L);
            long started = System.nanoTime();
            try {
                RulesetVersion answer = registry.versionAfter(known, waitSeconds);
                Duration waited = Duration.ofNanos(System.nanoTime() - started);
                if (answer.version() == known && waited.toSeconds() * 2 < waitSeconds) {
                    down("the registry answered at once without a change (no long poll on its ruleset version)");
                    pause();
                    continue;
                }
                up();
                if (answer.version() != known && !holder.load()) {
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
