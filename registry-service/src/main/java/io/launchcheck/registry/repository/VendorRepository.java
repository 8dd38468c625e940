package io.launchcheck.registry.repository;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.registry.domain.VendorEntity;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

@ApplicationScoped
public class VendorRepository implements PanacheRepositoryBase<VendorEntity, String> {

    public List<VendorEntity> listAllById() {
        return listAll(Sort.by("id"));
    }
}
