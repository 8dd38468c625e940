package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;

/** A rule that would apply but takes effect after {@code asOf}: the launch changes verdict on that date. */
public record UpcomingRule(
        String ruleId,
        RuleKind kind,
        Severity severity,
        String jurisdiction,
        LocalDate effectiveFrom,
        String message,
        List<String> why,
        String legalBasis,
        String sourceUrl) {
}
