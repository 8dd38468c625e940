package io.launchcheck.api.compact;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;

/**
 * What every finding and upcoming rule of one rule repeats, sent once per rule in a compact evaluation. A field
 * that is absent is null in the findings. The rule's fields that only findings carry (status, organization,
 * authority, remediation, confidence, effectiveTo) are absent when the rule is only upcoming.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(description = "The texts of one rule, shared by every finding and upcoming rule that cite it")
public record RuleTexts(
        @Schema(required = true) RuleKind kind,
        RuleStatus status,
        @Schema(required = true) String jurisdiction,
        String organization,
        @Schema(required = true) String message,
        String legalBasis,
        String authority,
        String sourceUrl,
        String remediation,
        Confidence confidence,
        @Schema(required = true) LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
