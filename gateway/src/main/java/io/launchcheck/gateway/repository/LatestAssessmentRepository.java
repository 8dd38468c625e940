package io.launchcheck.gateway.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The latest stored assessment of every app of every team: what a rule change is previewed on. */
@ApplicationScoped
public class LatestAssessmentRepository {

    /** One latest assessment: its id, team (null for assessments stored before teams were recorded), app, profile. */
    public record Latest(UUID id, String team, String app, String profileJson) {
    }

    private final EntityManager em;

    public LatestAssessmentRepository(EntityManager em) {
        this.em = em;
    }

    /** Per team and app (case-insensitive), the newest assessment, ordered by team and app. Needs a transaction. */
    @SuppressWarnings("unchecked")
    public List<Latest> latestPerTeamAndApp() {
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (coalesce(team, ''), lower(app_name)) "
                + "id, team, app_name, profile::text FROM assessment "
                + "ORDER BY coalesce(team, ''), lower(app_name), created_at DESC, id DESC").getResultList();
        return rows.stream().map(row -> new Latest((UUID) row[0], (String) row[1], (String) row[2], (String) row[3]))
                .toList();
    }
}
