package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A rule that applies to a target, with why it matched (which profile facts met which rule conditions)
 * and what the team can do about it.
 */
public record Finding(
        String ruleId,
        RuleKind kind,
        Severity severity,
        RuleStatus status,
        String jurisdiction,
        String organization,
        String message,
        List<String> why,
        String legalBasis,
        String authority,
        String sourceUrl,
        String remediation,
        Confidence confidence,
        LocalDate effectiveFrom,
        LocalDate effectiveTo) {
}
