package io.launchcheck.registry.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.launchcheck.registry.domain.DraftStatus;
import io.launchcheck.registry.domain.RuleDraftEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RuleDraftRepository implements PanacheRepositoryBase<RuleDraftEntity, UUID> {

    /** Drafts of a status (all when null), oldest first. */
    public List<RuleDraftEntity> list(DraftStatus status) {
        return status == null ? list("order by createdAt, id") : list("status = ?1 order by createdAt, id", status);
    }

    /** The drafts with these ids, locked until the transaction ends (publishing, discarding). */
    public List<RuleDraftEntity> lock(List<UUID> ids) {
        return find("id in ?1 order by createdAt, id", ids).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }
}
