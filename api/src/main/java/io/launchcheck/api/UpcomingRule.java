package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A rule that would apply but takes effect after {@code asOf}: the launch changes verdict on that date. */
public record UpcomingRule(
        @Schema(required = true) String ruleId,
        @Schema(required = true) RuleKind kind,
        @Schema(required = true) Severity severity,
        @Schema(required = true) String jurisdiction,
        @Schema(required = true) LocalDate effectiveFrom,
        @Schema(required = true) String message,
        @Schema(required = true) List<String> why,
        @Schema(required = true, nullable = true) String legalBasis,
        @Schema(required = true, nullable = true) String sourceUrl,
        @Schema(nullable = true, description = "How sure the rule's sources are")
        @JsonInclude(JsonInclude.Include.NON_NULL) Confidence confidence,
        @Schema(nullable = true, description = "The day the rule was last checked against its sources")
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate reviewedOn) {

    /** An upcoming rule without confidence and review date. */
    public UpcomingRule(String ruleId, RuleKind kind, Severity severity, String jurisdiction, LocalDate effectiveFrom,
            String message, List<String> why, String legalBasis, String sourceUrl) {
        this(ruleId, kind, severity, jurisdiction, effectiveFrom, message, why, legalBasis, sourceUrl, null, null);
    }

    /** This upcoming rule with other reasons (null: left out, as in the compact form). */
    public UpcomingRule withWhy(List<String> newWhy) {
        return new UpcomingRule(ruleId, kind, severity, jurisdiction, effectiveFrom, message, newWhy, legalBasis,
                sourceUrl, confidence, reviewedOn);
    }

    /**
     * This upcoming rule with the texts that come from its rule and its reasons replaced (nulls: left out, as in the
     * compact form); its rule id, severity, confidence and review date stay.
     */
    public UpcomingRule withTexts(RuleKind newKind, String newJurisdiction, LocalDate newEffectiveFrom,
            String newMessage, String newLegalBasis, String newSourceUrl, List<String> newWhy) {
        return new UpcomingRule(ruleId, newKind, severity, newJurisdiction, newEffectiveFrom, newMessage, newWhy,
                newLegalBasis, newSourceUrl, confidence, reviewedOn);
    }
}
