package io.launchcheck.registry.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.registry.domain.RulePackEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class RulePackRepository implements PanacheRepositoryBase<RulePackEntity, String> {

    public List<RulePackEntity> listAllByPack() {
        return listAll(Sort.by("pack"));
    }
}
