package io.launchcheck.gateway.repository;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.gateway.domain.FeedEntry;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

/** Teams' feeds: entries are inserted once and never changed. */
@ApplicationScoped
public class FeedRepository implements PanacheRepositoryBase<FeedEntry, UUID> {

    /** The newest entry about this team's app, if any. */
    public Optional<FeedEntry> latest(String team, String app) {
        return find("team = ?1 and lower(appName) = lower(?2)", Sort.descending("createdAt", "id"), team, app)
                .firstResultOptional();
    }

    /** Newest first; {@code team} null means every team's. */
    public PanacheQuery<FeedEntry> search(String team, String app, int page, int size) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (team != null) {
            query.append(" and team = :team");
            parameters.put("team", team);
        }
        if (app != null) {
            query.append(" and lower(appName) = lower(:app)");
            parameters.put("app", app);
        }
        return find(query.toString(), Sort.descending("createdAt", "id"), parameters).page(Page.of(page, size));
    }
}
