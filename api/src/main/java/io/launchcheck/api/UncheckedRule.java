package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule that reaches a target but depends on what the AI system does or the team's role, which the profile does not
 * state: it could not be checked, and the answer says what it needs.
 */
@Schema(description = "A rule that could not be checked because the profile states neither useCases nor role")
public record UncheckedRule(
        @Schema(required = true, example = "eu-ai-act-annex-iii-high-risk-deployers") String ruleId,
        @Schema(required = true) RuleKind kind,
        @Schema(required = true) Severity severity,
        @Schema(required = true) String jurisdiction,
        @Schema(required = true) LocalDate effectiveFrom,
        @Schema(required = true) String message,
        @Schema(required = true, description = "The profile fields the rule needs", example = "[\"useCases\", \"role\"]")
        List<String> needs,
        @Schema(required = true, description = "The use cases the rule is about (empty: any use)") Set<UseCase> useCases,
        @Schema(required = true, description = "The roles the rule binds (empty: every role)") Set<TeamRole> roles,
        @Schema(required = true, nullable = true) String legalBasis,
        @Schema(required = true, nullable = true) String sourceUrl,
        @Schema(required = true, nullable = true) Confidence confidence) {

    /** Use cases and roles in their declared order. */
    public UncheckedRule {
        useCases = OrderedSets.of(useCases);
        roles = OrderedSets.of(roles);
    }
}
