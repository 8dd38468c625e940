package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule that applies to a target, with why it matched (which profile facts met which rule conditions)
 * and what the team can do about it.
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
        @Schema(required = true, nullable = true) LocalDate effectiveTo) {
}
