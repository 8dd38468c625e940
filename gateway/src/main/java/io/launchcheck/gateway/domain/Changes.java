package io.launchcheck.gateway.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.launchcheck.api.Verdict;

/**
 * What a re-evaluation changed compared with the assessment it re-judged.
 *
 * @param previous      the re-judged assessment's id
 * @param jurisdictions one entry per target, in target order
 */
public record Changes(
        UUID previous,
        Change<Long> rulesetVersion,
        Change<LocalDate> asOf,
        Change<Verdict> overall,
        List<JurisdictionChange> jurisdictions) {

    /** A value before and after. */
    public record Change<T>(T before, T after, boolean changed) {

        public static <T> Change<T> of(T before, T after) {
            return new Change<>(before, after, before == null ? after != null : !before.equals(after));
        }
    }

    /**
     * One target's verdict before and after, with the findings (by rule id) that appeared or disappeared.
     */
    public record JurisdictionChange(
            String jurisdiction,
            Verdict before,
            Verdict after,
            boolean changed,
            List<String> findingsAdded,
            List<String> findingsRemoved,
            List<String> upcomingAdded,
            List<String> upcomingRemoved) {
    }
}
