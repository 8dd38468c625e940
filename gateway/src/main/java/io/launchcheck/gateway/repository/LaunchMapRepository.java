package io.launchcheck.gateway.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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

    /** Needs a transaction (the service's). */
    public LaunchMap insert(LaunchMap launchMap) {
        persist(launchMap);
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
