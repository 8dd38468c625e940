package io.launchcheck.gateway.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.domain.Assessment;
import io.launchcheck.gateway.domain.Caller;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Stored assessments: inserted once, read many times, never updated or deleted by the application. */
@ApplicationScoped
public class AssessmentRepository implements PanacheRepositoryBase<Assessment, UUID> {

    /** Needs a transaction (the service's). */
    public Assessment insert(Assessment assessment) {
        persist(assessment);
        return assessment;
    }

    public Optional<Assessment> byId(UUID id) {
        return findByIdOptional(id);
    }

    /**
     * Newest first; {@code app} matches case-insensitively, {@code ruleId} exactly among the rules an assessment
     * cites; any filter may be null. Only {@code caller}'s team's assessments unless the caller sees every team.
     */
    public PanacheQuery<Assessment> search(String app, Verdict verdict, String ruleId, Caller caller, int page,
            int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (!caller.everyTeam()) {
            query.append(" and team = :team");
            parameters.put("team", caller.team());
        }
        if (app != null) {
            query.append(" and lower(appName) = lower(:app)");
            parameters.put("app", app);
        }
        if (verdict != null) {
            query.append(" and overall = :verdict");
            parameters.put("verdict", verdict);
        }
        if (ruleId != null) {
            query.append(" and array_contains(ruleIds, :ruleId)");
            parameters.put("ruleId", ruleId);
        }
        return find(query.toString(), Sort.descending("createdAt", "id"), parameters).page(Page.of(page, size));
    }

    /** The team's newest assessment of an app (case-insensitive), if any. */
    public Optional<Assessment> latest(String team, String app) {
        return find("team = ?1 and lower(appName) = lower(?2)", Sort.descending("createdAt", "id"), team, app)
                .firstResultOptional();
    }

    /** The newest assessment of every (team, app) pair, for re-judging them all after a ruleset change. */
    public java.util.List<Assessment> latestOfEveryApp() {
        return getEntityManager().createNativeQuery("select distinct on (team, lower(app_name)) * from assessment "
                + "where team is not null order by team, lower(app_name), created_at desc, id desc", Assessment.class)
                .getResultList();
    }
}
