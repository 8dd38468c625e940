package io.launchcheck.gateway.repository;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.launchcheck.api.WaiverGrant;
import io.launchcheck.gateway.domain.Caller;
import io.launchcheck.gateway.domain.Waiver;
import io.launchcheck.gateway.domain.WaiverEvent;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Waivers and their history. */
@ApplicationScoped
public class WaiverRepository implements PanacheRepositoryBase<Waiver, UUID> {

    private static final String ACTIVE_GRANTS = "SELECT id, rule_id, jurisdiction, app_name, team, decided_by, "
            + "expires_at, reference FROM waiver WHERE status = 'APPROVED' AND team = ? AND lower(app_name) = lower(?) "
            + "AND expires_at > ?";

    @Inject
    DataSource dataSource;

    /**
     * What the waivers of one app of one team that cover findings at {@code at} grant. Asked by every judgement, so
     * in plain JDBC, in the shape of the partial index {@code waiver_active_idx}, and only the columns a grant needs:
     * through the entity manager, opening its session and mapping the rows cost more than running the query. Inside a
     * transaction the connection is the transaction's, so a waiver it approved is seen.
     */
    public List<WaiverGrant> activeGrants(String app, String team, Instant at) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(ACTIVE_GRANTS)) {
            query.setString(1, team);
            query.setString(2, app.strip());
            query.setObject(3, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
            List<WaiverGrant> grants = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    grants.add(new WaiverGrant(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6),
                            rows.getObject(7, OffsetDateTime.class).toInstant(), rows.getString(8)));
                }
            }
            return grants;
        } catch (SQLException e) {
            throw new IllegalStateException("The active waivers could not be read", e);
        }
    }

    /**
     * Waivers that covered findings and have ended (expired at {@code at}, or revoked) whose end has not yet been
     * told to their team.
     */
    public List<Waiver> endedUntold(Instant at) {
        return find("endHandled = false and expiresAt is not null and "
                + "((status = ?1 and expiresAt <= ?2) or status = ?3)", Sort.ascending("expiresAt", "id"),
                Waiver.Status.APPROVED, at, Waiver.Status.REVOKED).list();
    }

    public boolean hasEvent(UUID waiver, WaiverEvent.Action action) {
        return getEntityManager().createQuery("select count(e) from WaiverEvent e where e.waiverId = :waiver "
                + "and e.action = :action", Long.class).setParameter("waiver", waiver).setParameter("action", action)
                .getSingleResult() > 0;
    }

    /** Newest request first; any filter may be null; {@code active} only those covering findings at {@code at}. */
    public PanacheQuery<Waiver> search(String app, String team, Waiver.Status status, Boolean active, Instant at,
            Caller caller, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.everyTeam()) {
            query.append(" and team = :callerTeam");
            parameters.put("callerTeam", caller.team());
        }
        if (team != null) {
            query.append(" and team = :team");
            parameters.put("team", team);
        }
        if (app != null) {
            query.append(" and lower(appName) = lower(:app)");
            parameters.put("app", app);
        }
        Waiver.Status stored = status;
        if (status == Waiver.Status.EXPIRED) {
            query.append(" and status = :approved and expiresAt <= :at");
            parameters.put("approved", Waiver.Status.APPROVED);
            parameters.put("at", at);
            stored = null;
        } else if (status == Waiver.Status.APPROVED) {
            query.append(" and status = :approved and expiresAt > :at");
            parameters.put("approved", Waiver.Status.APPROVED);
            parameters.put("at", at);
            stored = null;
        }
        if (stored != null) {
            query.append(" and status = :status");
            parameters.put("status", stored);
        }
        if (Boolean.TRUE.equals(active)) {
            query.append(" and status = :activeStatus and expiresAt > :activeAt");
            parameters.put("activeStatus", Waiver.Status.APPROVED);
            parameters.put("activeAt", at);
        } else if (Boolean.FALSE.equals(active)) {
            query.append(" and (status <> :activeStatus or expiresAt <= :activeAt)");
            parameters.put("activeStatus", Waiver.Status.APPROVED);
            parameters.put("activeAt", at);
        }
        return find(query.toString(), Sort.descending("requestedAt", "id"), parameters).page(Page.of(page, size));
    }

    public List<WaiverEvent> history(UUID waiver) {
        return getEntityManager()
                .createQuery("from WaiverEvent where waiverId = :waiver order by at, id", WaiverEvent.class)
                .setParameter("waiver", waiver).getResultList();
    }

    public void record(WaiverEvent event) {
        getEntityManager().persist(event);
    }
}
