package io.launchcheck.gateway.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.UpcomingRule;
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

    /**
     * What changed from {@code before} to {@code after}: the ruleset version, {@code asOf} and overall verdict, and per
     * target of {@code after} (matched by jurisdiction; a target {@code before} did not have was null before) the
     * verdict and the findings and upcoming rules added and removed, by rule id in their order.
     */
    public static Changes between(AssessmentBody before, AssessmentBody after) {
        List<JurisdictionChange> jurisdictions = new ArrayList<>();
        for (JurisdictionResult now : after.results()) {
            JurisdictionResult then = before.results() == null ? null : before.results().stream()
                    .filter(result -> Objects.equals(result.jurisdiction(), now.jurisdiction()))
                    .findFirst().orElse(null);
            Set<String> findingsBefore = ids(then == null ? null : then.findings(), Finding::ruleId);
            Set<String> findingsAfter = ids(now.findings(), Finding::ruleId);
            Set<String> upcomingBefore = ids(then == null ? null : then.upcoming(), UpcomingRule::ruleId);
            Set<String> upcomingAfter = ids(now.upcoming(), UpcomingRule::ruleId);
            Verdict verdictBefore = then == null ? null : then.verdict();
            jurisdictions.add(new JurisdictionChange(now.jurisdiction(), verdictBefore, now.verdict(),
                    verdictBefore != now.verdict(),
                    minus(findingsAfter, findingsBefore), minus(findingsBefore, findingsAfter),
                    minus(upcomingAfter, upcomingBefore), minus(upcomingBefore, upcomingAfter)));
        }
        return new Changes(before.id(), Change.of(before.rulesetVersion(), after.rulesetVersion()),
                Change.of(before.asOf(), after.asOf()), Change.of(before.overall(), after.overall()), jurisdictions);
    }

    private static <T> Set<String> ids(List<T> items, Function<T, String> id) {
        return items == null ? Set.of()
                : items.stream().filter(Objects::nonNull).map(id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static List<String> minus(Set<String> these, Set<String> those) {
        return these.stream().filter(id -> !those.contains(id)).toList();
    }

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
