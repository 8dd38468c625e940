package io.launchcheck.api.compact;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Finding;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.UpcomingRule;

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

    /** The texts a finding carries of its rule. */
    static RuleTexts of(Finding f) {
        return new RuleTexts(f.kind(), f.status(), f.jurisdiction(), f.organization(), f.message(), f.legalBasis(),
                f.authority(), f.sourceUrl(), f.remediation(), f.confidence(), f.effectiveFrom(), f.effectiveTo());
    }

    /** The texts an upcoming rule carries of its rule; those only findings carry are null. */
    static RuleTexts of(UpcomingRule u) {
        return new RuleTexts(u.kind(), null, u.jurisdiction(), null, u.message(), u.legalBasis(), null, u.sourceUrl(),
                null, null, u.effectiveFrom(), null);
    }

    /** Whether the texts an upcoming rule carries are the same in both. */
    boolean sameUpcomingTexts(RuleTexts other) {
        return kind == other.kind && Objects.equals(jurisdiction, other.jurisdiction)
                && Objects.equals(effectiveFrom, other.effectiveFrom) && Objects.equals(message, other.message)
                && Objects.equals(legalBasis, other.legalBasis) && Objects.equals(sourceUrl, other.sourceUrl);
    }

    /** The finding with these texts and these reasons. */
    Finding fill(Finding finding, List<String> why) {
        return finding.withTexts(kind, status, jurisdiction, organization, message, legalBasis, authority, sourceUrl,
                remediation, confidence, effectiveFrom, effectiveTo, why);
    }

    /** The upcoming rule with these texts and these reasons. */
    UpcomingRule fill(UpcomingRule upcoming, List<String> why) {
        return upcoming.withTexts(kind, jurisdiction, effectiveFrom, message, legalBasis, sourceUrl, why);
    }

    /** The finding without the texts of its rule and without reasons, as the compact form carries it. */
    static Finding strip(Finding finding) {
        return finding.withTexts(null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    /** The upcoming rule without the texts of its rule and without reasons, as the compact form carries it. */
    static UpcomingRule strip(UpcomingRule upcoming) {
        return upcoming.withTexts(null, null, null, null, null, null, null);
    }
}
