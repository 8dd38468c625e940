package io.launchcheck.gateway.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.OrderedSets;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UseCase;

/**
 * A rule a launch map could not check, listed once per launch map with the targets it reached: the fields of an
 * {@link UncheckedRule} plus {@code targets}. An EU rule reaches every member of the EU, so a world map lists it once
 * with 27 targets instead of 27 times.
 *
 * @param targets the jurisdiction codes of the results the rule reached, in result order
 */
@Schema(description = "A rule that could not be checked because the profile states neither useCases nor role, listed "
        + "once per launch map with the targets (jurisdictions of the results) it reached")
public record LaunchMapUncheckedRule(
        @Schema(required = true, example = "eu-ai-act-annex-iii-high-risk-deployers") String ruleId,
        @Schema(required = true) RuleKind kind,
        @Schema(required = true) Severity severity,
        @Schema(required = true, description = "The jurisdiction whose rule it is (EU for the AI Act), not a target")
        String jurisdiction,
        @Schema(required = true) LocalDate effectiveFrom,
        @Schema(required = true) String message,
        @Schema(required = true, description = "The profile fields the rule needs", example = "[\"useCases\", \"role\"]")
        List<String> needs,
        @Schema(required = true, description = "The use cases the rule is about (empty: any use)") Set<UseCase> useCases,
        @Schema(required = true, description = "The roles the rule binds (empty: every role)") Set<TeamRole> roles,
        @Schema(required = true, nullable = true) String legalBasis,
        @Schema(required = true, nullable = true) String sourceUrl,
        @Schema(required = true, nullable = true) Confidence confidence,
        @Schema(required = true, description = "The jurisdictions of the results this rule reached, in result order",
                example = "[\"AT\", \"BE\", \"BG\"]") List<String> targets) {

    /** Use cases and roles in their declared order. */
    public LaunchMapUncheckedRule {
        useCases = OrderedSets.of(useCases);
        roles = OrderedSets.of(roles);
    }

    /** The rule as one target's {@code notChecked} lists it (without its targets). */
    public UncheckedRule rule() {
        return new UncheckedRule(ruleId, kind, severity, jurisdiction, effectiveFrom, message, needs, useCases, roles,
                legalBasis, sourceUrl, confidence);
    }

    /** This rule with the targets it reached. */
    public static LaunchMapUncheckedRule of(UncheckedRule rule, List<String> targets) {
        return new LaunchMapUncheckedRule(rule.ruleId(), rule.kind(), rule.severity(), rule.jurisdiction(),
                rule.effectiveFrom(), rule.message(), rule.needs(), rule.useCases(), rule.roles(), rule.legalBasis(),
                rule.sourceUrl(), rule.confidence(), List.copyOf(targets));
    }

    /**
     * The results' {@code notChecked} entries, each distinct one once with the targets that listed it, in the order
     * they first appear. Entries are the same when all their fields are (a rule id whose texts differ between targets
     * stays two entries, so nothing a target was told is lost).
     */
    public static List<LaunchMapUncheckedRule> grouped(List<JurisdictionResult> results) {
        Map<UncheckedRule, List<String>> targets = new LinkedHashMap<>();
        for (JurisdictionResult result : results) {
            if (result.notChecked() == null) {
                continue;
            }
            for (UncheckedRule rule : result.notChecked()) {
                List<String> reached = targets.computeIfAbsent(rule, r -> new ArrayList<>());
                if (!reached.contains(result.jurisdiction())) {
                    reached.add(result.jurisdiction());
                }
            }
        }
        List<LaunchMapUncheckedRule> grouped = new ArrayList<>();
        targets.forEach((rule, reached) -> grouped.add(of(rule, reached)));
        return grouped;
    }

    /** The result without its {@code notChecked} list, which a launch map keeps once per rule instead. */
    public static JurisdictionResult withoutNotChecked(JurisdictionResult result) {
        return result.withNotChecked(List.of());
    }
}
