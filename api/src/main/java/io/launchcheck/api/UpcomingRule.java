package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;

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
        @Schema(required = true, nullable = true) String sourceUrl) {
}
