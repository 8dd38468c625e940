package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A rule that applies to a target, with why it matched (which profile facts met which rule conditions)
 * and what the team can do about it.
 *
 * @param waived the approved waiver that covers this finding on the day it was judged: the finding is still
 *               reported but does not count toward the verdict; absent when no waiver covers it
 */
public record Finding(
        @Schema(required = true) String ruleId,
        @Schema(required = true) RuleKind kind,
        @Schema(required = true) Severity severity,
        @Schema(required = true) RuleStatus status,
        @Schema(required = true) String jurisdiction,
        @Schema(required = true, nullable = true) String organization,
        @Schema(required = true) String message,
        @Schema(required = true) List<String> why,
        @Schema(required = true, nullable = true) String legalBasis,
        @Schema(required = true, nullable = true) String authority,
        @Schema(required = true, nullable = true) String sourceUrl,
        @Schema(required = true, nullable = true) String remediation,
        @Schema(required = true, nullable = true) Confidence confidence,
        @Schema(required = true) LocalDate effectiveFrom,
        @Schema(required = true, nullable = true) LocalDate effectiveTo,
        @JsonInclude(JsonInclude.Include.NON_NULL) FindingWaiver waived) {

    /** A finding no waiver covers (as the rules engine reports it). */
    public Finding(String ruleId, RuleKind kind, Severity severity, RuleStatus status, String jurisdiction,
            String organization, String message, List<String> why, String legalBasis, String authority,
            String sourceUrl, String remediation, Confidence confidence, LocalDate effectiveFrom,
            LocalDate effectiveTo) {
        this(ruleId, kind, severity, status, jurisdiction, organization, message, why, legalBasis, authority,
                sourceUrl, remediation, confidence, effectiveFrom, effectiveTo, null);
    }

    /** This finding covered by {@code waiver} (or by none, when it is null). */
    public Finding withWaiver(FindingWaiver waiver) {
        return new Finding(ruleId, kind, severity, status, jurisdiction, organization, message, why, legalBasis,
                authority, sourceUrl, remediation, confidence, effectiveFrom, effectiveTo, waiver);
    }

    /** This finding with other reasons (null: left out, as in the compact form). */
    public Finding withWhy(List<String> newWhy) {
        return new Finding(ruleId, kind, severity, status, jurisdiction, organization, message, newWhy, legalBasis,
                authority, sourceUrl, remediation, confidence, effectiveFrom, effectiveTo, waived);
    }

    /**
     * This finding with the texts that come from its rule and its reasons replaced (nulls: left out, as in the
     * compact form); its rule id, severity and waiver stay.
     */
    public Finding withTexts(RuleKind newKind, RuleStatus newStatus, String newJurisdiction, String newOrganization,
            String newMessage, String newLegalBasis, String newAuthority, String newSourceUrl, String newRemediation,
            Confidence newConfidence, LocalDate newEffectiveFrom, LocalDate newEffectiveTo, List<String> newWhy) {
        return new Finding(ruleId, newKind, severity, newStatus, newJurisdiction, newOrganization, newMessage, newWhy,
                newLegalBasis, newAuthority, newSourceUrl, newRemediation, newConfidence, newEffectiveFrom,
                newEffectiveTo, waived);
    }
}
