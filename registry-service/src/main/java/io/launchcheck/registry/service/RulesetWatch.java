package io.launchcheck.registry.service;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.smallrye.mutiny.Uni;

import io.launchcheck.api.RulesetVersion;

/**
 * Answers callers that wait for the ruleset version to move (the rules-service's push channel, a long poll): each
 * waits for the next change committed through this registry instance, or until its wait is over. A change
 * committed through another instance is not seen here; the waiter then gets the unchanged version when its wait
 * ends, and the rules-service's slower poll, kept alongside the push, picks the change up.
 */
@ApplicationScoped
public class RulesetWatch {

    private final Set<CompletableFuture<RulesetVersion>> waiting = ConcurrentHashMap.newKeySet();

    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesetCommitted change) {
        for (CompletableFuture<RulesetVersion> waiter : waiting) {
            waiter.complete(change.version());
        }
    }

    /**
     * The current version as soon as it differs from {@code known}: at once when it already does, else at the next
     * committed change, else (unchanged) after {@code wait}.
     */
    public Uni<RulesetVersion> after(long known, Duration wait, Supplier<RulesetVersion> current) {
        CompletableFuture<RulesetVersion> next = new CompletableFuture<>();
        // registered before reading, so that a change committed in between is not missed
        waiting.add(next);
        RulesetVersion now;
        try {
            now = current.get();
        } catch (RuntimeException e) {
            waiting.remove(next);
            throw e;
        }
        if (now.version() != known || wait.isZero()) {
            waiting.remove(next);
            return Uni.createFrom().item(now);
        }
        return Uni.createFrom().completionStage(next)
                .ifNoItem().after(wait).recoverWithItem(now)
                .onTermination().invoke(() -> waiting.remove(next));
    }

    /** How many callers are waiting now. */
    public int waiting() {
        return waiting.size();
    }
}
