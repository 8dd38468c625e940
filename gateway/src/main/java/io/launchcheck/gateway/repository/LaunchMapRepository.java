package io.launchcheck.gateway.repository;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.launchcheck.gateway.domain.Caller;
import io.launchcheck.gateway.domain.LaunchMap;
import io.launchcheck.gateway.domain.LaunchMapRow;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;

/** Stored launch maps: inserted once, read many times, never updated or deleted by the application. */
@ApplicationScoped
public class LaunchMapRepository implements PanacheRepositoryBase<LaunchMap, UUID> {

    private static final String INSERT = "INSERT INTO launch_map (id, team, app_name, scope, overall, targets, "
            + "compliant, needs_review, non_compliant, as_of, ruleset_version, evaluated_at, created_at, request, body) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, convert_from(?, 'UTF8'))";

    @Inject
    DataSource dataSource;

    /** Stores a new launch map whose body is {@code launchMap.body}, as {@link #insert(LaunchMap, byte[])} does. */
    public LaunchMap insert(LaunchMap launchMap) {
        return insert(launchMap, launchMap.body.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Stores a new launch map whose body is {@code body}, UTF-8 JSON, in one statement of its own (inside an active
     * transaction, the connection takes part in it), like an assessment: the bytes go to the database as they are
     * (PostgreSQL checks them and keeps them as text), and {@code launchMap.body} is not read.
     */
    public LaunchMap insert(LaunchMap launchMap, byte[] body) {
        Statements.update(dataSource, INSERT, (insert, connection) -> {
            insert.setObject(1, launchMap.id);
            insert.setString(2, launchMap.team);
            insert.setString(3, launchMap.appName);
            insert.setString(4, launchMap.scope.name());
            insert.setString(5, launchMap.overall.name());
            insert.setInt(6, launchMap.targets);
            insert.setInt(7, launchMap.compliant);
            insert.setInt(8, launchMap.needsReview);
            insert.setInt(9, launchMap.nonCompliant);
            insert.setObject(10, launchMap.asOf);
            insert.setLong(11, launchMap.rulesetVersion);
            insert.setObject(12, OffsetDateTime.ofInstant(launchMap.evaluatedAt, ZoneOffset.UTC));
            insert.setObject(13, OffsetDateTime.ofInstant(launchMap.createdAt, ZoneOffset.UTC));
            insert.setString(14, launchMap.request);
            insert.setBytes(15, body);
        }, "The launch map");
        return launchMap;
    }

    public Optional<LaunchMap> byId(UUID id) {
        return findByIdOptional(id);
    }

    /**
     * Newest first, without the bodies (a world map's body is about 100 KB); only {@code caller}'s team's unless the
     * caller sees every team.
     */
    public PanacheQuery<LaunchMapRow> visibleTo(Caller caller, int page, int size) {
        Sort newest = Sort.descending("createdAt", "id");
        PanacheQuery<LaunchMap> query = caller.everyTeam() ? findAll(newest)
                : find("team = :team", newest, Parameters.with("team", caller.team()));
        return query.page(Page.of(page, size)).project(LaunchMapRow.class);
    }
}
