package io.launchcheck.registry.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.launchcheck.api.Codes;
import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.names.ModelNames;
import io.launchcheck.api.names.Names;
import io.launchcheck.api.names.VendorNames;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.domain.ChangeAction;
import io.launchcheck.registry.domain.ModelFamilyEntity;
import io.launchcheck.registry.repository.ModelRepository;

/**
 * The model catalog. A family's developer must be a known vendor; every identifier (and the id and name) names at
 * most one family, compared word for word as {@link Names#tokens} splits them, so an identifier of another family
 * is a 409 conflict. Changes move the ruleset version, so old verdicts are re-judged with the catalog of their day.
 */
@ApplicationScoped
public class ModelService {

    private final ModelRepository models;
    private final VendorService vendors;
    private final JurisdictionCatalog jurisdictions;
    private final CatalogEntries<ModelFamily, ModelFamilyEntity> entries;

    public ModelService(ModelRepository models, VendorService vendors, JurisdictionCatalog jurisdictions,
            RulesetChanges changes) {
        this.models = models;
        this.vendors = vendors;
        this.jurisdictions = jurisdictions;
        this.entries = new CatalogEntries<>("model family", models, ModelFamilyEntity::new, ModelMapper::toApi,
                ModelMapper::copy, ModelFamily::id, entity -> entity.version, RulesetChanges.Change::model, changes);
    }

    /** Every family by id; with a name, the family it resolves to (or none). */
    @Transactional
    public List<ModelFamily> list(String name) {
        List<ModelFamily> all = models.listAllById().stream().map(ModelMapper::toApi).toList();
        if (name == null || name.isBlank()) {
            return all;
        }
        return ModelNames.of(all).resolve(name).map(ModelNames.Match::family).stream().toList();
    }

    @Transactional
    public Versioned<ModelFamily> get(String id) {
        return entries.get(id);
    }

    @Transactional
    public Versioned<ModelFamily> create(ModelFamily model, ChangeContext context) {
        return entries.create(model, context, m -> checked(m, "", vendors.directory()));
    }

    /** Replaces a family; {@code expectedVersion} null means "any" ({@code If-Match: *}). */
    @Transactional
    public Versioned<ModelFamily> update(String id, ModelFamily model, Long expectedVersion, ChangeContext context) {
        return entries.update(id, model, expectedVersion, context, m -> checked(m, "", vendors.directory()));
    }

    /**
     * Inserts or replaces a family within the caller's change (rule pack import).
     *
     * @return CREATED, UPDATED, or null when the stored family already says the same
     */
    ChangeAction upsert(ModelFamily model, String prefix, VendorNames directory, RulesetChanges.Change change) {
        return entries.upsert(checked(model, prefix, directory), change);
    }

    /** The canonical family, or a 422/409 problem naming the fields. */
    private ModelFamily checked(ModelFamily model, String prefix, VendorNames directory) {
        List<FieldError> errors = new ArrayList<>();
        Optional<Vendor> developer = directory.resolve(model.developer());
        if (developer.isEmpty()) {
            errors.add(new FieldError(prefix + "developer", "unknown vendor '" + model.developer().strip()
                    + "'; add the vendor first"));
        }
        String origin = Codes.normalize(model.originCountry());
        if (origin != null && !jurisdictions.isCountry(origin)) {
            errors.add(new FieldError(prefix + "originCountry", "unknown country '" + model.originCountry().strip() + "'"));
        }
        List<String> identifiers = model.identifiers() == null ? List.of() : model.identifiers();
        Set<String> seen = new LinkedHashSet<>();
        List<String> canonicalIdentifiers = new ArrayList<>();
        for (int i = 0; i < identifiers.size(); i++) {
            String identifier = identifiers.get(i).strip();
            List<String> tokens = Names.tokens(identifier);
            if (tokens.isEmpty()) {
                errors.add(new FieldError(prefix + "identifiers[" + i + "]", "must contain letters or digits"));
            } else if (seen.add(String.join(" ", tokens))) {
                canonicalIdentifiers.add(identifier);
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "Unprocessable request", VendorService.summarize(errors), errors, null);
        }
        ModelFamily canonical = new ModelFamily(model.id(), model.name().strip(), developer.get().id(), origin,
                model.openWeights(), List.copyOf(canonicalIdentifiers));

        ModelNames others = ModelNames.of(models.listAllById().stream().filter(other -> !other.id.equals(model.id()))
                .map(ModelMapper::toApi).toList());
        List<FieldError> conflicts = new ArrayList<>();
        conflict(others, canonical.id(), prefix + "id", conflicts);
        conflict(others, canonical.name(), prefix + "name", conflicts);
        for (int i = 0; i < canonical.identifiers().size(); i++) {
            conflict(others, canonical.identifiers().get(i), prefix + "identifiers[" + i + "]", conflicts);
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(409, "Conflict", VendorService.summarize(conflicts), conflicts, null);
        }
        return canonical;
    }

    private static void conflict(ModelNames others, String identifier, String field, List<FieldError> conflicts) {
        others.owner(identifier).ifPresent(owner -> conflicts.add(new FieldError(field, "'" + identifier
                + "' already identifies model family '" + owner.family().id() + "' (as '" + owner.identifier() + "')")));
    }
}
