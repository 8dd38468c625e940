package io.launchcheck.registry.service;

import java.util.List;

import io.launchcheck.api.Vendor;
import io.launchcheck.registry.domain.VendorEntity;

/** The one place where {@link Vendor} (the API record) and {@link VendorEntity} (the table row) meet. */
public final class VendorMapper {

    private VendorMapper() {
    }

    public static Vendor toApi(VendorEntity e) {
        return new Vendor(e.id, e.name, List.copyOf(e.aliases), List.copyOf(e.legalEntities), e.originCountry);
    }

    /** Copies a canonical vendor onto an entity; the version is left to Hibernate. */
    public static void copy(Vendor v, VendorEntity e) {
        e.id = v.id();
        e.name = v.name();
        e.aliases = List.copyOf(v.aliases());
        e.legalEntities = List.copyOf(v.legalEntities());
        e.originCountry = v.originCountry();
    }
}
