package io.launchcheck.registry.repository;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import io.launchcheck.api.RulesetPack;
import io.launchcheck.registry.domain.RulesetHead;
import io.launchcheck.registry.domain.RulesetVersionEntity;

/** The ruleset version counter and the log of committed versions. */
@ApplicationScoped
public class RulesetRepository {

    private final EntityManager em;

    @Inject
    RulesetRepository(EntityManager em) {
        this.em = em;
    }

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

    /**
     * The rule-pack release a version contains: the latest version at or before it that a pack import made; empty when
     * no import is recorded (versions made before releases were recorded, or by officers' edits alone).
     */
    public Optional<RulesetPack> packAt(long version) {
        return em.createQuery("SELECT v FROM RulesetVersionEntity v WHERE v.version <= :version AND v.pack IS NOT NULL "
                + "ORDER BY v.version DESC", RulesetVersionEntity.class).setParameter("version", version)
                .setMaxResults(1).getResultStream().findFirst().map(v -> new RulesetPack(v.pack, v.packRelease));
    }

    public void add(RulesetVersionEntity version) {
        em.persist(version);
        em.flush();
    }
}
