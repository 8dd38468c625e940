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
        @Size(max = 200) String organization,
        @NotNull RuleKind kind,
        @Size(max = 300) String title,
        @Valid RuleSubject subject,
        @Schema(description = "Which deployments of the named vendors' models the rule covers: DEVELOPER_SERVICE (user "
                + "data reaches the vendor), ANY_DEPLOYMENT (self-hosted and third-party included) or NAMED_APPS (only "
                + "subject.apps). Empty: DEVELOPER_SERVICE when hostingModes is exactly [VENDOR_API], else ANY_DEPLOYMENT.")
        @JsonInclude(JsonInclude.Include.NON_NULL) Coverage covers,
        Set<Segment> segments,
        Set<Sector> sectors,
        Set<HostingMode> hostingModes,
        @Valid RuleRequirement requirement,
        boolean personalDataOnly,
        @NotNull Severity severity,
        @NotNull RuleStatus status,
        @NotNull LocalDate effectiveFrom,
        LocalDate effectiveTo,
        @Size(max = 500) String dateNote,
        @Size(max = 2000) String summary,
        @Size(max = 1000) String legalBasis,
        @Size(max = 500) String authority,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String sourceUrl,
        @Size(max = 20) List<@Size(max = 2000) String> sources,
        @Size(max = 2000) String remediation,
        @Size(max = 1000) String scope,
        @Size(max = 1000) String hostingRationale,
        Confidence confidence,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate reviewedOn,
        Long version) {
}
