package io.launchcheck.registry.service;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    VendorRepository vendors;

    @Inject
    JurisdictionCatalog jurisdictions;

    @Inject
    RulesetChanges changes;

    /** A vendor with its own revision, which its ETag carries. */
    public record Versioned(Vendor vendor, long version) {
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
    public Versioned get(String id) {
        VendorEntity entity = vendors.findByIdOptional(normalizeId(id))
                .orElseThrow(() -> ProblemException.notFound("No vendor with id '" + id + "'"));
        return new Versioned(VendorMapper.toApi(entity), entity.version);
    }

    /** Every vendor's names, for resolving vendor references in rules. */
    @Transactional
    public VendorNames directory() {
        return VendorNames.of(vendors.listAllById().stream().map(VendorMapper::toApi).toList());
    }

    @Transactional
    public Versioned create(Vendor vendor, ChangeContext context) {
        RulesetChanges.Change change = changes.open(context);
        if (vendors.findByIdOptional(vendor.id()).isPresent()) {
            throw ProblemException.conflict("id", "A vendor with id '" + vendor.id() + "' already exists");
        }
        Vendor canonical = checked(vendor, "");
        VendorEntity entity = new VendorEntity();
        VendorMapper.copy(canonical, entity);
        vendors.persist(entity);
        vendors.flush();
        change.vendor(entity.id, ChangeAction.CREATED, null, canonical);
        return new Versioned(canonical, entity.version);
    }

    /** Replaces a vendor; {@code expectedVersion} null means "any" ({@code If-Match: *}). */
    @Transactional
    public Versioned update(String id, Vendor vendor, Long expectedVersion, ChangeContext context) {
        if (!vendor.id().equals(id)) {
            throw ProblemException.badRequest("id", "must equal the id in the path ('" + id + "')");
        }
        RulesetChanges.Change change = changes.open(context);
        VendorEntity entity = vendors.findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("No vendor with id '" + id + "'"));
        if (expectedVersion != null && expectedVersion != entity.version) {
            throw ProblemException.preconditionFailed("Vendor '" + id + "' is at version " + entity.version
                    + ", not " + expectedVersion + "; read it again and reapply your change");
        }
        Vendor canonical = checked(vendor, "");
        Vendor before = VendorMapper.toApi(entity);
        if (!before.equals(canonical)) {
            VendorMapper.copy(canonical, entity);
            vendors.flush();
            change.vendor(id, ChangeAction.UPDATED, before, canonical);
        }
        return new Versioned(canonical, entity.version);
    }

    /**
     * Inserts or replaces a vendor within the caller's change (rule pack import).
     *
     * @return CREATED, UPDATED, or null when the stored vendor already says the same
     */
    ChangeAction upsert(Vendor vendor, String prefix, RulesetChanges.Change change) {
        Vendor canonical = checked(vendor, prefix);
        Optional<VendorEntity> existing = vendors.findByIdOptional(vendor.id());
        if (existing.isEmpty()) {
            VendorEntity entity = new VendorEntity();
            VendorMapper.copy(canonical, entity);
            vendors.persist(entity);
            vendors.flush();
            change.vendor(entity.id, ChangeAction.CREATED, null, canonical);
            return ChangeAction.CREATED;
        }
        VendorEntity entity = existing.get();
        Vendor before = VendorMapper.toApi(entity);
        if (before.equals(canonical)) {
            return null;
        }
        VendorMapper.copy(canonical, entity);
        vendors.flush();
        change.vendor(entity.id, ChangeAction.UPDATED, before, canonical);
        return ChangeAction.UPDATED;
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

    private static String normalizeId(String id) {
        return id == null ? null : id.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
