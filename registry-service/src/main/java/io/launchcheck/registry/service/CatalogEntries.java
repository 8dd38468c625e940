package io.launchcheck.registry.service;

import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.domain.ChangeAction;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/**
 * How the registry keeps one kind of catalog entry (vendors, model families): read by id, created once per id,
 * replaced only at the version that was read (the ETag / If-Match of the resources), inserted or replaced by a rule
 * pack, and every change that says something new recorded in the ruleset history, moving the ruleset version. What
 * makes an entry valid (its canonical form, names taken by other entries) stays with its service, passed in as
 * {@code checked}. Runs inside the caller's transaction.
 *
 * @param <A> the API record
 * @param <E> the entity, with a {@code @Version}
 */
final class CatalogEntries<A, E> {

    /** Records one change of an entry in the ruleset history ({@link RulesetChanges.Change#vendor}, ...). */
    @FunctionalInterface
    interface History<A> {
        void record(RulesetChanges.Change change, String id, ChangeAction action, A before, A after);
    }

    private final String noun;
    private final PanacheRepositoryBase<E, String> repository;
    private final Supplier<E> newEntity;
    private final Function<E, A> toApi;
    private final BiConsumer<A, E> copy;
    private final Function<A, String> idOf;
    private final ToLongFunction<E> versionOf;
    private final History<A> history;
    private final RulesetChanges changes;

    /**
     * @param noun what an entry is called in problems ("vendor", "model family")
     * @param copy writes an API record into an entity
     */
    CatalogEntries(String noun, PanacheRepositoryBase<E, String> repository, Supplier<E> newEntity, Function<E, A> toApi,
            BiConsumer<A, E> copy, Function<A, String> idOf, ToLongFunction<E> versionOf, History<A> history,
            RulesetChanges changes) {
        this.noun = noun;
        this.repository = repository;
        this.newEntity = newEntity;
        this.toApi = toApi;
        this.copy = copy;
        this.idOf = idOf;
        this.versionOf = versionOf;
        this.history = history;
        this.changes = changes;
    }

    /** An id as the path names it: surrounding spaces and letter case do not matter. */
    static String key(String id) {
        return id == null ? null : id.strip().toLowerCase(Locale.ROOT);
    }

    /** @throws ProblemException 404 when no entry has this id */
    Versioned<A> get(String id) {
        E entity = repository.findByIdOptional(key(id))
                .orElseThrow(() -> ProblemException.notFound("No " + noun + " with id '" + id + "'"));
        return new Versioned<>(toApi.apply(entity), versionOf.applyAsLong(entity));
    }

    /** @throws ProblemException 409 when the id is taken, or what {@code checked} throws */
    Versioned<A> create(A entry, ChangeContext context, UnaryOperator<A> checked) {
        RulesetChanges.Change change = changes.open(context);
        String id = idOf.apply(entry);
        if (repository.findByIdOptional(id).isPresent()) {
            throw ProblemException.conflict("id", "A " + noun + " with id '" + id + "' already exists");
        }
        A canonical = checked.apply(entry);
        E entity = insert(canonical, change);
        return new Versioned<>(canonical, versionOf.applyAsLong(entity));
    }

    /**
     * Replaces an entry; {@code expectedVersion} null means "any" ({@code If-Match: *}).
     *
     * @throws ProblemException 400 when the body names another id, 404, 412 when the entry is at another version,
     *             or what {@code checked} throws
     */
    Versioned<A> update(String id, A entry, Long expectedVersion, ChangeContext context, UnaryOperator<A> checked) {
        if (!idOf.apply(entry).equals(id)) {
            throw ProblemException.badRequest("id", "must equal the id in the path ('" + id + "')");
        }
        RulesetChanges.Change change = changes.open(context);
        E entity = repository.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No " + noun + " with id '" + id + "'"));
        long version = versionOf.applyAsLong(entity);
        if (expectedVersion != null && expectedVersion != version) {
            throw ProblemException.preconditionFailed(capitalized() + " '" + id + "' is at version " + version
                    + ", not " + expectedVersion + "; read it again and reapply your change");
        }
        A canonical = checked.apply(entry);
        replace(entity, canonical, change);
        return new Versioned<>(canonical, versionOf.applyAsLong(entity));
    }

    /**
     * Inserts or replaces an already checked entry within the caller's change (rule pack import).
     *
     * @return CREATED, UPDATED, or null when the stored entry already says the same
     */
    ChangeAction upsert(A canonical, RulesetChanges.Change change) {
        Optional<E> existing = repository.findByIdOptional(idOf.apply(canonical));
        if (existing.isEmpty()) {
            insert(canonical, change);
            return ChangeAction.CREATED;
        }
        return replace(existing.get(), canonical, change) ? ChangeAction.UPDATED : null;
    }

    private E insert(A canonical, RulesetChanges.Change change) {
        E entity = newEntity.get();
        copy.accept(canonical, entity);
        repository.persist(entity);
        repository.flush();
        history.record(change, idOf.apply(canonical), ChangeAction.CREATED, null, canonical);
        return entity;
    }

    /** Whether the entry said something new (and so was changed and recorded). */
    private boolean replace(E entity, A canonical, RulesetChanges.Change change) {
        A before = toApi.apply(entity);
        if (before.equals(canonical)) {
            return false;
        }
        copy.accept(canonical, entity);
        repository.flush();
        history.record(change, idOf.apply(canonical), ChangeAction.UPDATED, before, canonical);
        return true;
    }

    private String capitalized() {
        return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
    }
}
