package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.Verdict;

/** One line of the launch-map list; the full launch map is at {@code href}. */
public record LaunchMapSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String app,
        @Schema(required = true) LaunchScope.Kind scope,
        @Schema(required = true) Verdict overall,
        @Schema(required = true) LaunchMapTotals totals,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) Instant evaluatedAt,
        @Schema(required = true) String href,
        @Schema(required = true, nullable = true) String team) {

    public static LaunchMapSummary of(LaunchMapRow map) {
        return new LaunchMapSummary(map.id(), map.appName(), map.scope(), map.overall(),
                new LaunchMapTotals(map.targets(), map.compliant(), map.needsReview(), map.nonCompliant()), map.asOf(),
                map.rulesetVersion(), map.evaluatedAt(), "/api/v1/launch-maps/" + map.id(), map.team());
    }
}
