package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One per-jurisdiction rule as the registry stores it and the rules-service judges with it.
 * Empty {@code segments}, {@code sectors} or {@code hostingModes} mean "all".
 *
 * @param organization      the named body the rule is scoped to (e.g. "US Navy"); a target naming no
 *                          organization is still covered (conservative)
 * @param personalDataOnly  the rule bites only when the app processes personal data
 * @param scope             what the source says about who is covered, in its own words, where the
 *                          product's segments and sectors do not capture it all
 * @param covers            which deployments of the named vendors' models it covers (empty: derived from
 *                          {@code hostingModes}: the developer's service when they are exactly VENDOR_API, else any)
 * @param hostingRationale  why the rule covers the hosting modes it covers
 * @param dateNote          how precise the dates are where the source was not precise to the day
 * @param effectiveFrom     the first day the rule applies
 * @param effectiveTo       the first day the rule no longer applies (exclusive); required when LIFTED
 * @param reviewedOn        the day the rule was last checked against its sources (freshness, for compliance
 *                          officers; not used in verdicts). Left out of the JSON when unknown, so rulesets of
 *                          versions stored before the field existed read exactly as they did
 * @param version           the rule's own revision, for optimistic locking (read-only)
 */
public record Rule(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,99}", message = "must be a lowercase slug of letters, digits and dashes") String id,
        @NotBlank @Size(max = 10) String jurisdiction,
        @Schema(nullable = true) @Size(max = 200) String organization,
        @NotNull RuleKind kind,
        @Schema(nullable = true) @Size(max = 300) String title,
        @Schema(nullable = true) @Valid RuleSubject subject,
        @Schema(nullable = true, description = "Which deployments of the named vendors' models the rule covers: "
                + "DEVELOPER_SERVICE (user data reaches the vendor), ANY_DEPLOYMENT (self-hosted and third-party "
                + "included) or NAMED_APPS (only subject.apps). Empty: DEVELOPER_SERVICE when hostingModes is exactly "
                + "[VENDOR_API], else ANY_DEPLOYMENT.")
        @JsonInclude(JsonInclude.Include.NON_NULL) Coverage covers,
        @Schema(nullable = true) Set<Segment> segments,
        @Schema(nullable = true) Set<Sector> sectors,
        @Schema(nullable = true) Set<HostingMode> hostingModes,
        @Schema(nullable = true) @Valid RuleRequirement requirement,
        boolean personalDataOnly,
        @NotNull Severity severity,
        @NotNull RuleStatus status,
        @NotNull LocalDate effectiveFrom,
        @Schema(nullable = true) LocalDate effectiveTo,
        @Schema(nullable = true) @Size(max = 500) String dateNote,
        @Schema(nullable = true) @Size(max = 2000) String summary,
        @Schema(nullable = true) @Size(max = 1000) String legalBasis,
        @Schema(nullable = true) @Size(max = 500) String authority,
        @Schema(nullable = true) @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Schema(nullable = true) @Size(max = 20) List<@Size(max = 2000) String> sources,
        @Schema(nullable = true) @Size(max = 2000) String remediation,
        @Schema(nullable = true) @Size(max = 1000) String scope,
        @Schema(nullable = true) @Size(max = 1000) String hostingRationale,
        @Schema(nullable = true) Confidence confidence,
        @Schema(nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate reviewedOn,
        @Schema(nullable = true, readOnly = true) Long version,
        @Schema(nullable = true, description = "The use cases the rule is about (empty: any use). A profile that states "
                + "its use cases meets the rule when it shares one; one that states none cannot be checked against it "
                + "(docs/semantics.md, \"Use cases and role\").", example = "[\"EMPLOYMENT\", \"CREDIT_SCORING\"]")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<UseCase> useCases,
        @Schema(nullable = true, description = "The roles the rule binds (empty: every role).", example = "[\"DEPLOYER\"]")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Set<TeamRole> roles,
        @Schema(nullable = true, description = "Example profiles with the verdict the rule must (and must not) "
                + "produce; a rule whose tests fail is not saved (422). Left out of the JSON when there are none and "
                + "of the ruleset the rules-service judges with.")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) @Size(max = 20) List<@NotNull @Valid RuleTest> tests) {

    /** Segments, sectors, hosting modes, use cases and roles in their declared order. */
    public Rule {
        segments = OrderedSets.of(segments);
        sectors = OrderedSets.of(sectors);
        hostingModes = OrderedSets.of(hostingModes);
        useCases = OrderedSets.of(useCases);
        roles = OrderedSets.of(roles);
    }

    /** A rule for any use and every role, without tests (as rules were before these fields existed). */
    public Rule(String id, String jurisdiction, String organization, RuleKind kind, String title, RuleSubject subject,
            Coverage covers, Set<Segment> segments, Set<Sector> sectors, Set<HostingMode> hostingModes,
            RuleRequirement requirement, boolean personalDataOnly, Severity severity, RuleStatus status,
            LocalDate effectiveFrom, LocalDate effectiveTo, String dateNote, String summary, String legalBasis,
            String authority, String sourceUrl, List<String> sources, String remediation, String scope,
            String hostingRationale, Confidence confidence, LocalDate reviewedOn, Long version) {
        this(id, jurisdiction, organization, kind, title, subject, covers, segments, sectors, hostingModes, requirement,
                personalDataOnly, severity, status, effectiveFrom, effectiveTo, dateNote, summary, legalBasis, authority,
                sourceUrl, sources, remediation, scope, hostingRationale, confidence, reviewedOn, version, null, null, null);
    }

    /** A rule without tests. */
    public Rule(String id, String jurisdiction, String organization, RuleKind kind, String title, RuleSubject subject,
            Coverage covers, Set<Segment> segments, Set<Sector> sectors, Set<HostingMode> hostingModes,
            RuleRequirement requirement, boolean personalDataOnly, Severity severity, RuleStatus status,
            LocalDate effectiveFrom, LocalDate effectiveTo, String dateNote, String summary, String legalBasis,
            String authority, String sourceUrl, List<String> sources, String remediation, String scope,
            String hostingRationale, Confidence confidence, LocalDate reviewedOn, Long version, Set<UseCase> useCases,
            Set<TeamRole> roles) {
        this(id, jurisdiction, organization, kind, title, subject, covers, segments, sectors, hostingModes, requirement,
                personalDataOnly, severity, status, effectiveFrom, effectiveTo, dateNote, summary, legalBasis, authority,
                sourceUrl, sources, remediation, scope, hostingRationale, confidence, reviewedOn, version, useCases, roles,
                null);
    }

    /** This rule with other use cases and roles. */
    public Rule withUseCasesAndRoles(Set<UseCase> useCases, Set<TeamRole> roles) {
        return new Rule(id, jurisdiction, organization, kind, title, subject, covers, segments, sectors, hostingModes,
                requirement, personalDataOnly, severity, status, effectiveFrom, effectiveTo, dateNote, summary, legalBasis,
                authority, sourceUrl, sources, remediation, scope, hostingRationale, confidence, reviewedOn, version,
                useCases, roles, tests);
    }

    /** The same rule with other tests. */
    public Rule withTests(List<RuleTest> newTests) {
        return new Rule(id, jurisdiction, organization, kind, title, subject, covers, segments, sectors, hostingModes,
                requirement, personalDataOnly, severity, status, effectiveFrom, effectiveTo, dateNote, summary, legalBasis,
                authority, sourceUrl, sources, remediation, scope, hostingRationale, confidence, reviewedOn, version,
                useCases, roles, newTests);
    }
}
