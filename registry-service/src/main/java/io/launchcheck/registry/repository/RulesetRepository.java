package io.launchcheck.registry.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.launchcheck.registry.domain.RulesetHead;
import io.launchcheck.registry.domain.RulesetVersionEntity;

/** The ruleset version counter and the log of committed versions. */
@ApplicationScoped
public class RulesetRepository {

    @Inject
    EntityManager em;

    /** The current version, read without locking. */
    public RulesetHead head() {
        return em.find(RulesetHead.class, RulesetHead.ID);
    }

    /** The current version, locked for update ({@code SELECT ... FOR UPDATE}) until the transaction ends. */
    public RulesetHead lockForChange() {
        return em.find(RulesetHead.class, RulesetHead.ID, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The current version, share-locked ({@code FOR SHARE}): no change can commit until the transaction ends. */
    public RulesetHead lockForRead() {
        return em.find(RulesetHead.class, RulesetHead.ID, LockModeType.PESSIMISTIC_READ);
    }

    public Optional<RulesetVersionEntity> version(long version) {
        return Optional.ofNullable(em.find(RulesetVersionEntity.class, version));
    }

    public void add(RulesetVersionEntity version) {
        em.persist(version);
        em.flush();
    }
}
