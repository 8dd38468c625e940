package io.launchcheck.rules.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Identity;
import io.launchcheck.api.OrderedSets;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UseCase;

/**
 * The deployment profile as the rules see it, with its identities already resolved through the ruleset's vendors
 * and model catalog ({@link IdentityResolver}): the model's developer, who operates inference, and the origin
 * country (the profile's, else the model's or developer's).
 */
public final class ProfileFact {

    private final String appName;
    private final String appKey;
    private final String vendorGiven;
    private final String modelGiven;
    private final Identity identity;
    private final String developerId;
    private final String operatorId;
    private final Identity.OperatorKind operatorKind;
    private final Set<String> vendorIds;
    private final String originCountry;
    private final boolean originFromCatalog;
    private final HostingMode hostingMode;
    private final List<String> dataCountries;
    private final Boolean processesPersonalData;
    private final LocalDate asOf;
    private final Set<UseCase> useCases;
    private final TeamRole role;

    public ProfileFact(String appName, String vendorGiven, String modelGiven, Identity identity, String originCountry,
            boolean originFromCatalog, HostingMode hostingMode, List<String> dataCountries,
            Boolean processesPersonalData, LocalDate asOf) {
        this(appName, vendorGiven, modelGiven, identity, originCountry, originFromCatalog, hostingMode, dataCountries,
                processesPersonalData, asOf, null, null);
    }

    /**
     * @param useCases what the AI system does; null when the profile does not say (an empty set says none fits)
     * @param role     the team's role; null when the profile does not say
     */
    public ProfileFact(String appName, String vendorGiven, String modelGiven, Identity identity, String originCountry,
            boolean originFromCatalog, HostingMode hostingMode, List<String> dataCountries,
            Boolean processesPersonalData, LocalDate asOf, Set<UseCase> useCases, TeamRole role) {
        this.useCases = OrderedSets.of(useCases);
        this.role = role;
        this.appName = appName == null ? null : appName.strip();
        this.appKey = Keys.of(appName);
        this.vendorGiven = vendorGiven == null ? null : vendorGiven.strip();
        this.modelGiven = modelGiven == null ? null : modelGiven.strip();
        this.identity = identity;
        this.developerId = identity.developer() == null ? null : identity.developer().id();
        this.operatorKind = identity.operator().kind();
        this.operatorId = identity.operator().id();
        Set<String> ids = new java.util.HashSet<>();
        if (developerId != null) {
            ids.add(developerId);
        }
        if (operatorId != null) {
            ids.add(operatorId);
        }
        this.vendorIds = Set.copyOf(ids);
        this.originCountry = originCountry;
        this.originFromCatalog = originFromCatalog;
        this.hostingMode = hostingMode;
        this.dataCountries = dataCountries == null ? List.of() : List.copyOf(dataCountries);
        this.processesPersonalData = processesPersonalData;
        this.asOf = asOf;
    }

    public String getAppName() {
        return appName;
    }

    /** The app name trimmed and lower-cased, for case-insensitive matching. */
    public String getAppKey() {
        return appKey;
    }

    /** The vendor as the profile wrote it. */
    public String getVendorGiven() {
        return vendorGiven;
    }

    /** Whether the profile names a vendor that is not one the registry knows. */
    public boolean isVendorUnknown() {
        return identity.unresolved().stream().anyMatch(name -> name.field().equals("app.vendor"));
    }

    /** The model as the profile wrote it. */
    public String getModelGiven() {
        return modelGiven;
    }

    /** How the vendor, model and operator were understood; goes back to the team with the answer. */
    public Identity getIdentity() {
        return identity;
    }

    /** The model's developer (vendor id): from the model when it resolved, else from the vendor; null when unknown. */
    public String getDeveloperId() {
        return developerId;
    }

    public String getDeveloperName() {
        return identity.developer() == null ? null : identity.developer().name();
    }

    /** The operator's vendor id, when it is a known vendor (the developer itself or a third party). */
    public String getOperatorId() {
        return operatorId;
    }

    public Identity.OperatorKind getOperatorKind() {
        return operatorKind;
    }

    /** The vendor ids a rule's {@code subject.vendors} can meet: the developer's and the operator's. */
    public Set<String> getVendorIds() {
        return vendorIds;
    }

    /** Whether some vendor, model or operator name of the profile did not resolve. */
    public boolean isIdentityUnresolved() {
        return !identity.unresolved().isEmpty();
    }

    /** The app's origin country, or the model's or its developer's when the profile gives none. */
    public String getOriginCountry() {
        return originCountry;
    }

    public boolean isOriginFromCatalog() {
        return originFromCatalog;
    }

    public HostingMode getHostingMode() {
        return hostingMode;
    }

    /** Where user data is stored or processed, as given (normalized codes); may be empty. */
    public List<String> getDataCountries() {
        return dataCountries;
    }

    /** Null when the profile does not say (taken as true). */
    public Boolean getProcessesPersonalData() {
        return processesPersonalData;
    }

    public LocalDate getAsOf() {
        return asOf;
    }

    /** What the AI system does; null when the profile does not say. */
    public Set<UseCase> getUseCases() {
        return useCases;
    }

    public boolean isUseCasesStated() {
        return useCases != null;
    }

    /** The team's role; null when the profile does not say. */
    public TeamRole getRole() {
        return role;
    }

    /** Whether the profile states neither use cases nor role: rules that depend on them cannot be checked. */
    public boolean isUseAndRoleUnstated() {
        return useCases == null && role == null;
    }
}
