package io.launchcheck.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A rule pack as the registry last imported it, and how fresh its rules are, per jurisdiction.
 *
 * @param importedAt      when the pack's current content was imported (an import that changes nothing keeps it)
 * @param rulesetVersion  the ruleset version that import created
 * @param rules           how many rules the pack names (those deleted since are not counted)
 * @param reviewDueBefore rules last reviewed before this day (or never) are overdue for review
 * @param jurisdictions   per jurisdiction of the pack's rules, ordered by code
 */
public record RulePackInfo(
        @Schema(required = true) String pack,
        @Schema(required = true, nullable = true) String version,
        @Schema(required = true, nullable = true) String description,
        @Schema(required = true, nullable = true) String origin,
        @Schema(required = true) Instant importedAt,
        @Schema(required = true) String importedBy,
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) int rules,
        @Schema(required = true) LocalDate reviewDueBefore,
        @Schema(required = true) List<RulePackRelease> changelog,
        @Schema(required = true) List<JurisdictionReview> jurisdictions) {

    /**
     * When the pack's rules of one jurisdiction were checked against their sources.
     *
     * @param lastReviewedOn   the latest {@code reviewedOn} among them (null: none reviewed)
     * @param oldestReviewedOn the earliest (null when one was never reviewed)
     * @param reviewOverdue    how many are overdue for review
     */
    public record JurisdictionReview(@Schema(required = true) String jurisdiction, @Schema(required = true) int rules,
            @Schema(required = true, nullable = true) LocalDate lastReviewedOn,
            @Schema(required = true, nullable = true) LocalDate oldestReviewedOn,
            @Schema(required = true) int reviewOverdue) {
    }
}
