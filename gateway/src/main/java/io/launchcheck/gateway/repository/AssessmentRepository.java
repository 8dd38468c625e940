package io.launchcheck.gateway.repository;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

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

    private static final String INSERT = "INSERT INTO assessment (id, app_name, overall, as_of, ruleset_version, "
            + "evaluated_at, created_at, profile, body, reevaluated_from, team, rule_ids) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?::jsonb, convert_from(?, 'UTF8'), ?, ?, ?)";

    @Inject
    DataSource dataSource;

    /**
     * Stores a new assessment in one statement of its own: without a transaction active, that statement is the
     * transaction (one round trip, no BEGIN and COMMIT); inside one, the connection takes part in it. Not through
     * the entity manager: an assessment is never changed after it is written, so there is nothing for it to track,
     * and its flush at commit was a tenth of what an assessment cost the gateway.
     */
    public Assessment insert(Assessment assessment) {
        return insert(assessment, assessment.body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Stores a new assessment whose body is {@code body}, UTF-8 JSON, as {@link #insert(Assessment)} does: the bytes
     * go to the database as they are (PostgreSQL checks them and keeps them as text), so the body is not encoded
     * again, and {@code assessment.body} is not read.
     */
    public Assessment insert(Assessment assessment, byte[] body) {
        Statements.update(dataSource, INSERT, (insert, connection) -> {
            insert.setObject(1, assessment.id);
            insert.setString(2, assessment.appName);
            insert.setString(3, assessment.overall.name());
            insert.setObject(4, assessment.asOf);
            insert.setLong(5, assessment.rulesetVersion);
            insert.setObject(6, OffsetDateTime.ofInstant(assessment.evaluatedAt, ZoneOffset.UTC));
            insert.setObject(7, OffsetDateTime.ofInstant(assessment.createdAt, ZoneOffset.UTC));
            insert.setString(8, assessment.profile);
            insert.setBytes(9, body);
            insert.setObject(10, assessment.reevaluatedFrom);
            insert.setString(11, assessment.team);
            insert.setArray(12, connection.createArrayOf("text", assessment.ruleIds));
        }, "The assessment");
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
