package io.launchcheck.registry.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.launchcheck.api.Codes;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.names.Names;
import io.launchcheck.api.names.VendorNames;
import io.launchcheck.api.problem.Problem.FieldError;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.registry.domain.ChangeAction;
import io.launchcheck.registry.domain.VendorEntity;
import io.launchcheck.registry.repository.VendorRepository;

/**
 * Vendors and their names. Every name (id, name, alias, legal entity) identifies at most one vendor, compared as
 * {@link Names#key} compares them ("Deep-Seek, Inc." is "DeepSeek"), so a name used by another vendor is a 409.
 */
@ApplicationScoped
public class VendorService {

    private final VendorRepository vendors;
    private final JurisdictionCatalog jurisdictions;
    private final CatalogEntries<Vendor, VendorEntity> entries;

    public VendorService(VendorRepository vendors, JurisdictionCatalog jurisdictions, RulesetChanges changes) {
        this.vendors = vendors;
        this.jurisdictions = jurisdictions;
        this.entries = new CatalogEntries<>("vendor", vendors, VendorEntity::new, VendorMapper::toApi, VendorMapper::copy,
                Vendor::id, entity -> entity.version, RulesetChanges.Change::vendor, changes);
    }

    @Transactional
    public List<Vendor> list(String name) {
        List<Vendor> all = vendors.listAllById().stream().map(VendorMapper::toApi).toList();
        if (name == null || name.isBlank()) {
            return all;
        }
        return VendorNames.of(all).resolve(name).stream().toList();
    }

    @Transactional
    public Versioned<Vendor> get(String id) {
        return entries.get(id);
    }

    /** Every vendor's names, for resolving vendor references in rules. */
    @Transactional
    public VendorNames directory() {
        return VendorNames.of(vendors.listAllById().stream().map(VendorMapper::toApi).toList());
    }

    @Transactional
    public Versioned<Vendor> create(Vendor vendor, ChangeContext context) {
        return entries.create(vendor, context, v -> checked(v, ""));
    }

    /** Replaces a vendor; {@code expectedVersion} null means "any" ({@code If-Match: *}). */
    @Transactional
    public Versioned<Vendor> update(String id, Vendor vendor, Long expectedVersion, ChangeContext context) {
        return entries.update(id, vendor, expectedVersion, context, v -> checked(v, ""));
    }

    /**
     * Inserts or replaces a vendor within the caller's change (rule pack import).
     *
     * @return CREATED, UPDATED, or null when the stored vendor already says the same
     */
    ChangeAction upsert(Vendor vendor, String prefix, RulesetChanges.Change change) {
        return entries.upsert(checked(vendor, prefix), change);
    }

    /** The canonical vendor, or a 422/409 problem naming the fields. */
    private Vendor checked(Vendor vendor, String prefix) {
        List<FieldError> errors = new ArrayList<>();
        if (ExampleIds.reserved(vendor.id())) {
            errors.add(new FieldError(prefix + "id", ExampleIds.ID_MESSAGE));
        }
        String origin = Codes.normalize(vendor.originCountry());
        if (origin != null && !jurisdictions.isCountry(origin)) {
            errors.add(new FieldError(prefix + "originCountry", "unknown country '" + vendor.originCountry().strip() + "'"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(422, "Unprocessable request", summarize(errors), errors, null);
        }
        Vendor canonical = new Vendor(vendor.id(), vendor.name().strip(), names(vendor.aliases()),
                names(vendor.legalEntities()), origin);

        // every name must be free, or already this vendor's
        VendorNames others = VendorNames.of(vendors.listAllById().stream()
                .filter(other -> !other.id.equals(vendor.id())).map(VendorMapper::toApi).toList());
        List<FieldError> conflicts = new ArrayList<>();
        conflict(others, canonical.id(), prefix + "id", conflicts);
        conflict(others, canonical.name(), prefix + "name", conflicts);
        for (int i = 0; i < canonical.aliases().size(); i++) {
            conflict(others, canonical.aliases().get(i), prefix + "aliases[" + i + "]", conflicts);
        }
        for (int i = 0; i < canonical.legalEntities().size(); i++) {
            conflict(others, canonical.legalEntities().get(i), prefix + "legalEntities[" + i + "]", conflicts);
        }
        if (!conflicts.isEmpty()) {
            throw new ProblemException(409, "Conflict", summarize(conflicts), conflicts, null);
        }
        return canonical;
    }

    private static void conflict(VendorNames others, String name, String field, List<FieldError> conflicts) {
        others.resolve(name).ifPresent(owner -> conflicts.add(new FieldError(field,
                "'" + name + "' already names vendor '" + owner.id() + "'")));
    }

    private static List<String> names(List<String> values) {
        if (values == null) {
            return List.of();
        }
        Set<String> keys = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (String value : values) {
            String key = Names.key(value);
            if (keys.add(key == null ? value.strip() : key)) {
                names.add(value.strip());
            }
        }
        return List.copyOf(names);
    }

    static String summarize(List<FieldError> errors) {
        return String.join("; ", errors.stream().map(e -> e.field() + ": " + e.message()).toList());
    }
}
