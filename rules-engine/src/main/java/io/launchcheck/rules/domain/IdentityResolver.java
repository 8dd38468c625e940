package io.launchcheck.rules.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import io.launchcheck.api.Codes;
import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Identity;
import io.launchcheck.api.Identity.OperatorKind;
import io.launchcheck.api.ModelFamily;
import io.launchcheck.api.Vendor;
import io.launchcheck.api.names.ModelNames;
import io.launchcheck.api.names.VendorNames;

/**
 * Reads the three identities of a profile through a ruleset's vendors and model catalog: the model's developer
 * (from {@code app.model} when it resolves, else {@code app.vendor}), who operates inference (from
 * {@code hosting.mode}, {@code hosting.operator} and the vendor), and the origin country. Every name that resolves
 * to nothing is listed with the known names it resembles.
 */
public final class IdentityResolver {

    /** The identities, and the origin country the rules judge with. */
    public record Resolution(Identity identity, String originCountry, boolean originFromCatalog) {
    }

    private final VendorNames vendors;
    private final ModelNames models;

    public IdentityResolver(VendorNames vendors, ModelNames models) {
        this.vendors = vendors;
        this.models = models;
    }

    public Resolution resolve(DeploymentProfile.App app, DeploymentProfile.Hosting hosting) {
        List<Identity.Unresolved> unresolved = new ArrayList<>();
        Optional<Vendor> vendor = lookUpVendor("app.vendor", app.vendor(), unresolved);
        Optional<ModelNames.Match> model = Optional.empty();
        if (given(app.model())) {
            model = models.resolve(app.model());
            if (model.isEmpty()) {
                unresolved.add(new Identity.Unresolved("app.model", app.model().strip(), nearest(app.model())));
            }
        }

        Vendor developer = null;
        Identity.Resolved developerIdentity = null;
        if (model.isPresent()) {
            developer = vendors.resolve(model.get().family().developer()).orElse(null);
            if (developer != null) {
                developerIdentity = new Identity.Resolved(developer.id(), developer.name(), "app.model '"
                        + app.model().strip() + "' is " + model.get().family().name() + ", developed by " + developer.name());
            }
        }
        if (developer == null && vendor.isPresent()) {
            developer = vendor.get();
            developerIdentity = new Identity.Resolved(developer.id(), developer.name(),
                    "app.vendor '" + app.vendor().strip() + "'");
        }
        Identity.Resolved modelIdentity = model.map(m -> new Identity.Resolved(m.family().id(), m.family().name(),
                "app.model '" + app.model().strip() + "' (catalog identifier '" + m.identifier() + "')")).orElse(null);

        Identity.Operator operator = operator(app, hosting, vendor, developer, unresolved);

        String origin = Codes.normalize(app.originCountry());
        boolean fromCatalog = false;
        if (origin == null) {
            String catalogOrigin = model.map(m -> m.family().originCountry()).orElse(null);
            if (catalogOrigin == null && developer != null) {
                catalogOrigin = developer.originCountry();
            }
            origin = Codes.normalize(catalogOrigin);
            fromCatalog = origin != null;
        }
        return new Resolution(new Identity(developerIdentity, modelIdentity, operator, List.copyOf(unresolved)),
                origin, fromCatalog);
    }

    private Identity.Operator operator(DeploymentProfile.App app, DeploymentProfile.Hosting hosting,
            Optional<Vendor> vendor, Vendor developer, List<Identity.Unresolved> unresolved) {
        if (hosting.mode() == HostingMode.SELF_HOSTED) {
            return new Identity.Operator(OperatorKind.TEAM, null, null, "hosting.mode SELF_HOSTED: the team runs the model");
        }
        if (given(hosting.operator())) {
            Optional<Vendor> named = lookUpVendor("hosting.operator", hosting.operator(), unresolved);
            String from = "hosting.operator '" + hosting.operator().strip() + "'";
            if (named.isPresent()) {
                return known(named.get(), developer, from);
            }
            return new Identity.Operator(hosting.mode() == HostingMode.THIRD_PARTY ? OperatorKind.THIRD_PARTY
                    : OperatorKind.UNKNOWN, null, hosting.operator().strip(), from);
        }
        if (hosting.mode() == HostingMode.VENDOR_API && given(app.vendor())) {
            String from = "hosting.mode VENDOR_API with app.vendor '" + app.vendor().strip() + "'";
            return vendor.map(v -> known(v, developer, from))
                    .orElseGet(() -> new Identity.Operator(OperatorKind.UNKNOWN, null, app.vendor().strip(), from));
        }
        if (hosting.mode() == HostingMode.VENDOR_API && developer != null) {
            return new Identity.Operator(OperatorKind.DEVELOPER, developer.id(), developer.name(),
                    "hosting.mode VENDOR_API and no vendor named: the developer's own service");
        }
        return new Identity.Operator(OperatorKind.UNKNOWN, null, null, "hosting.mode " + hosting.mode()
                + " names no operator that is known");
    }

    private static Identity.Operator known(Vendor operator, Vendor developer, String from) {
        OperatorKind kind = developer != null && developer.id().equals(operator.id()) ? OperatorKind.DEVELOPER
                : OperatorKind.THIRD_PARTY;
        return new Identity.Operator(kind, operator.id(), operator.name(), from);
    }

    private Optional<Vendor> lookUpVendor(String field, String name, List<Identity.Unresolved> unresolved) {
        if (!given(name)) {
            return Optional.empty();
        }
        Optional<Vendor> vendor = vendors.resolve(name);
        if (vendor.isEmpty() && unresolved.stream().noneMatch(u -> u.value().equals(name.strip()))) {
            unresolved.add(new Identity.Unresolved(field, name.strip(), nearest(name)));
        }
        return vendor;
    }

    /** Known vendor and model family names close to a name that resolved to nothing. */
    private List<String> nearest(String name) {
        return Stream.concat(vendors.resembling(name).stream().map(Vendor::name),
                models.resembling(name).stream().map(ModelFamily::name)).distinct().limit(5).toList();
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
