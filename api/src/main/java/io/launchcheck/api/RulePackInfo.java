package io.launchcheck.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
        String pack,
        String version,
        String description,
        String origin,
        Instant importedAt,
        String importedBy,
        long rulesetVersion,
        int rules,
        LocalDate reviewDueBefore,
        List<RulePackRelease> changelog,
        List<JurisdictionReview> jurisdictions) {

    /**
     * When the pack's rules of one jurisdiction were checked against their sources.
     *
     * @param lastReviewedOn   the latest {@code reviewedOn} among them (null: none reviewed)
     * @param oldestReviewedOn the earliest (null when one was never reviewed)
     * @param reviewOverdue    how many are overdue for review
     */
    public record JurisdictionReview(String jurisdiction, int rules, LocalDate lastReviewedOn,
            LocalDate oldestReviewedOn, int reviewOverdue) {
    }
}
