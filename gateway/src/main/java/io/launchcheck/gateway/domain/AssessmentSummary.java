package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Verdict;

/** One line of the assessment list; the full assessment is at {@code href}. */
public record AssessmentSummary(
        @Schema(required = true) UUID id,
        @Schema(required = true) String app,
        @Schema(required = true) Verdict overall,
        @Schema(required = true) LocalDate asOf,
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) Instant evaluatedAt,
        @Schema(required = true, nullable = true) UUID reevaluatedFrom,
        @Schema(required = true) String href,
        @Schema(required = true, nullable = true) String team) {

    public static AssessmentSummary of(Assessment assessment) {
        return new AssessmentSummary(assessment.id, assessment.appName, assessment.overall, assessment.asOf,
                assessment.rulesetVersion, assessment.evaluatedAt, assessment.reevaluatedFrom,
                "/api/v1/assessments/" + assessment.id, assessment.team);
    }
}
