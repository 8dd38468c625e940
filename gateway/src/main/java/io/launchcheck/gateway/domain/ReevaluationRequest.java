package io.launchcheck.gateway.domain;

import java.time.LocalDate;

import jakarta.validation.constraints.Positive;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Optional body of a re-evaluation.
 *
 * @param rulesetVersion judge against this ruleset version (default: the rules-service's current one)
 * @param asOf           judge on this date (default: the re-judged assessment's {@code asOf})
 */
public record ReevaluationRequest(
        @Schema(nullable = true) @Positive Long rulesetVersion,
        @Schema(nullable = true) LocalDate asOf) {
}
