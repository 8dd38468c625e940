package io.launchcheck.registry.service;

import java.util.List;

import io.launchcheck.api.ModelFamily;
import io.launchcheck.registry.domain.ModelFamilyEntity;

/** The one place where {@link ModelFamily} (the API record) and {@link ModelFamilyEntity} (the table row) meet. */
public final class ModelMapper {

    private ModelMapper() {
    }

    public static ModelFamily toApi(ModelFamilyEntity e) {
        return new ModelFamily(e.id, e.name, e.developer, e.originCountry, e.openWeights, List.copyOf(e.identifiers));
    }

    /** Copies a canonical family onto an entity; the version is left to Hibernate. */
    public static void copy(ModelFamily m, ModelFamilyEntity e) {
        e.id = m.id();
        e.name = m.name();
        e.developer = m.developer();
        e.originCountry = m.originCountry();
        e.openWeights = m.openWeights();
        e.identifiers = List.copyOf(m.identifiers());
    }
}
