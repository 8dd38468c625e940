package io.launchcheck.registry.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.registry.domain.ModelFamilyEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class ModelRepository implements PanacheRepositoryBase<ModelFamilyEntity, String> {

    public List<ModelFamilyEntity> listAllById() {
        return listAll(Sort.by("id"));
    }
}
