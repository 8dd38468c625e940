package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.Verdict;

/** A stored launch map without its request and body (a world map's body is about 100 KB), for lists. */
public record LaunchMapRow(UUID id, String team, String appName, LaunchScope.Kind scope, Verdict overall, int targets,
        int compliant, int needsReview, int nonCompliant, LocalDate asOf, long rulesetVersion, Instant evaluatedAt) {
}
