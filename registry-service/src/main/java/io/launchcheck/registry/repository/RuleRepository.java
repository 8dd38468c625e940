package io.launchcheck.registry.repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.registry.domain.RuleEntity;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RuleRepository implements PanacheRepositoryBase<RuleEntity, String> {

    /**
     * What a rule listing is narrowed by; null fields do not narrow. With {@code reviewDueBefore} set,
     * {@code reviewOverdue} true keeps rules reviewed before that day or never, false keeps the others.
     */
    public record Filter(Collection<String> jurisdictions, RuleKind kind, RuleStatus status, String vendorId,
            LocalDate inForceOn, Boolean reviewOverdue, LocalDate reviewDueBefore) {
    }

    /** One page of rules matching the filter, ordered by id, and the total count. */
    public record Slice(List<RuleEntity> rules, long total) {
    }

    public Slice find(Filter filter, int page, int size) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (filter.jurisdictions() != null) {
            conditions.add("jurisdiction in :jurisdictions");
            params.put("jurisdictions", filter.jurisdictions());
        }
        if (filter.kind() != null) {
            conditions.add("kind = :kind");
            params.put("kind", filter.kind());
        }
        if (filter.status() != null) {
            conditions.add("status = :status");
            params.put("status", filter.status());
        }
        if (filter.vendorId() != null) {
            conditions.add("array_contains(subjectVendors, :vendor)");
            params.put("vendor", filter.vendorId());
        }
        if (filter.inForceOn() != null) {
            conditions.add("effectiveFrom <= :day and (effectiveTo is null or effectiveTo > :day) and status <> :proposed");
            params.put("day", filter.inForceOn());
            params.put("proposed", RuleStatus.PROPOSED);
        }
        if (filter.reviewOverdue() != null) {
            conditions.add(filter.reviewOverdue() ? "(reviewedOn is null or reviewedOn < :reviewDue)"
                    : "reviewedOn >= :reviewDue");
            params.put("reviewDue", filter.reviewDueBefore());
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        PanacheQuery<RuleEntity> query = find(where, Sort.by("id"), params);
        return new Slice(query.page(Page.of(page, size)).list(), query.count());
    }

    public List<RuleEntity> listByIds(Collection<String> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", Sort.by("id"), ids);
    }

    public List<RuleEntity> listAllById() {
        return listAll(Sort.by("id"));
    }
}
