package io.launchcheck.rules.domain;

import java.time.LocalDate;
import java.util.Set;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Coverage;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.Rule;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Sector;
import io.launchcheck.api.Segment;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UseCase;

/**
 * A registry rule as the rules see it. Names are already normalized (vendor ids resolved, app names and
 * organizations lower-cased) and jurisdiction lists expanded through the jurisdiction graph (a bloc
 * stands for its member countries). Built once per ruleset and shared by every evaluation.
 */
public final class RuleFact {

    private final Rule rule;
    private final Set<String> subjectVendors;
    private final Set<String> subjectApps;
    private final Set<String> subjectOrigins;
    private final String organizationKey;
    private final Coverage coverage;
    private final Set<String> homeCountries;
    private final Set<String> storageCountries;
    private final Set<String> allowedCountries;

    /**
     * @param homeCountries    the countries the rule's jurisdiction stands for: itself for a country, its
     *                         country for a subdivision, its members for a bloc
     * @param storageCountries {@code requirement.storageCountries}, blocs expanded to their members
     * @param allowedCountries {@code requirement.allowedDestinations}, blocs expanded to their members
     */
    public RuleFact(Rule rule, Set<String> subjectVendors, Set<String> subjectApps, Set<String> subjectOrigins,
            Set<String> homeCountries, Set<String> storageCountries, Set<String> allowedCountries) {
        this.rule = rule;
        this.subjectVendors = Set.copyOf(subjectVendors);
        this.subjectApps = Set.copyOf(subjectApps);
        this.subjectOrigins = Set.copyOf(subjectOrigins);
        this.organizationKey = Keys.organization(rule.organization());
        this.coverage = coverageOf(rule);
        this.homeCountries = Set.copyOf(homeCountries);
        this.storageCountries = Set.copyOf(storageCountries);
        this.allowedCountries = Set.copyOf(allowedCountries);
    }

    public Rule getRule() {
        return rule;
    }

    public String getId() {
        return rule.id();
    }

    public String getJurisdiction() {
        return rule.jurisdiction();
    }

    public RuleKind getKind() {
        return rule.kind();
    }

    public Severity getSeverity() {
        return rule.severity();
    }

    public RuleStatus getStatus() {
        return rule.status();
    }

    public LocalDate getEffectiveFrom() {
        return rule.effectiveFrom();
    }

    public LocalDate getEffectiveTo() {
        return rule.effectiveTo();
    }

    public Confidence getConfidence() {
        return rule.confidence();
    }

    /** Vendor ids the rule covers. */
    public Set<String> getSubjectVendors() {
        return subjectVendors;
    }

    /** App names the rule covers, lower-cased. */
    public Set<String> getSubjectApps() {
        return subjectApps;
    }

    /** Origin countries the rule covers. */
    public Set<String> getSubjectOrigins() {
        return subjectOrigins;
    }

    public Set<Segment> getSegments() {
        return rule.segments() == null ? Set.of() : rule.segments();
    }

    public Set<Sector> getSectors() {
        return rule.sectors() == null ? Set.of() : rule.sectors();
    }

    public Set<HostingMode> getHostingModes() {
        return rule.hostingModes() == null ? Set.of() : rule.hostingModes();
    }

    public boolean isPersonalDataOnly() {
        return rule.personalDataOnly();
    }

    public String getOrganization() {
        return rule.organization() == null || rule.organization().isBlank() ? null : rule.organization().strip();
    }

    /** The organization trimmed and lower-cased; null when the rule names none. */
    /**
     * What the rule covers of its vendors' deployments: as it says, or, for rules that do not say, the developer's
     * service when its hosting modes are exactly VENDOR_API, else any deployment.
     */
    public Coverage getCoverage() {
        return coverage;
    }

    /** Whether the subject names vendors, apps or origins (else the rule covers every AI app). */
    public boolean isForSomeApps() {
        return !(subjectVendors.isEmpty() && subjectApps.isEmpty() && subjectOrigins.isEmpty());
    }

    /** Whether the rule is about organisations: of some sectors or a named one, for no particular segment. */
    public boolean isForOrganizations() {
        return rule.segments() != null && rule.segments().isEmpty()
                && ((rule.sectors() != null && !rule.sectors().isEmpty()) || organizationKey != null);
    }

    private static Coverage coverageOf(Rule rule) {
        if (rule.covers() != null) {
            return rule.covers();
        }
        return rule.hostingModes() != null && rule.hostingModes().equals(java.util.Set.of(HostingMode.VENDOR_API))
                ? Coverage.DEVELOPER_SERVICE : Coverage.ANY_DEPLOYMENT;
    }

    /** The use cases the rule is about; empty: any use. */
    public Set<UseCase> getUseCases() {
        return rule.useCases() == null ? Set.of() : rule.useCases();
    }

    /** The roles the rule binds; empty: every role. */
    public Set<TeamRole> getRoles() {
        return rule.roles() == null ? Set.of() : rule.roles();
    }

    /** Whether the rule depends on what the AI system does or on the team's role. */
    public boolean isForUseOrRole() {
        return !getUseCases().isEmpty() || !getRoles().isEmpty();
    }

    /** Whether a finding of this rule is always a warning, whatever its severity: advisories and obligations. */
    public boolean isAlwaysWarning() {
        return rule.kind() == RuleKind.ADVISORY || rule.kind() == RuleKind.OBLIGATION;
    }

    public String getOrganizationKey() {
        return organizationKey;
    }

    public Set<String> getHomeCountries() {
        return homeCountries;
    }

    public Set<String> getStorageCountries() {
        return storageCountries;
    }

    public Set<String> getAllowedCountries() {
        return allowedCountries;
    }

    @Override
    public String toString() {
        return rule.id();
    }
}
