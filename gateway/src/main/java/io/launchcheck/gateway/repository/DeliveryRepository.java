package io.launchcheck.gateway.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.launchcheck.gateway.domain.WebhookDelivery;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Webhook deliveries and their attempt logs. */
@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** Ids of the pending deliveries whose next attempt is due at {@code at}, oldest first. */
    public List<UUID> due(Instant at, int limit) {
        return getEntityManager().createQuery("select id from WebhookDelivery where status = :pending "
                + "and nextAttemptAt <= :at order by nextAttemptAt, id", UUID.class)
                .setParameter("pending", WebhookDelivery.Status.PENDING).setParameter("at", at)
                .setMaxResults(limit).getResultList();
    }

    /** A pending delivery, locked against a second sender; null when it is no longer pending or another holds it. */
    public WebhookDelivery lockPending(UUID id) {
        List<WebhookDelivery> found = getEntityManager().createQuery(
                "from WebhookDelivery where id = :id and status = :pending", WebhookDelivery.class)
                .setParameter("id", id).setParameter("pending", WebhookDelivery.Status.PENDING)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setHint("jakarta.persistence.lock.timeout", -2) // SKIP LOCKED
                .getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Newest first; {@code team} null means every team's. */
    public PanacheQuery<WebhookDelivery> search(String team, int page, int size) {
        Sort sort = Sort.descending("createdAt", "id");
        PanacheQuery<WebhookDelivery> query = team == null ? findAll(sort) : find("team", sort, team);
        return query.page(Page.of(page, size));
    }
}
