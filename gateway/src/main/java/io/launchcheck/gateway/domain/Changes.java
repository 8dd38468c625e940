package io.launchcheck.gateway.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Verdict;

/**
 * What a re-evaluation changed compared with the assessment it re-judged.
 *
 * @param previous      the re-judged assessment's id
 * @param jurisdictions one entry per target, in target order
 */
public record Changes(
        @Schema(required = true) UUID previous,
        @Schema(required = true) Change<Long> rulesetVersion,
        @Schema(required = true) Change<LocalDate> asOf,
        @Schema(required = true) Change<Verdict> overall,
        @Schema(required = true) List<JurisdictionChange> jurisdictions) {

    /** A value before and after. */
    public record Change<T>(
            @Schema(required = true) T before,
            @Schema(required = true) T after,
            @Schema(required = true) boolean changed) {

        public static <T> Change<T> of(T before, T after) {
            return new Change<>(before, after, before == null ? after != null : !before.equals(after));
        }
    }

    /**
     * One target's verdict before and after, with the findings (by rule id) that appeared or disappeared.
     */
    public record JurisdictionChange(
            @Schema(required = true) String jurisdiction,
            @Schema(required = true) Verdict before,
            @Schema(required = true) Verdict after,
            @Schema(required = true) boolean changed,
            @Schema(required = true) List<String> findingsAdded,
            @Schema(required = true) List<String> findingsRemoved,
            @Schema(required = true) List<String> upcomingAdded,
            @Schema(required = true) List<String> upcomingRemoved) {
    }
}
