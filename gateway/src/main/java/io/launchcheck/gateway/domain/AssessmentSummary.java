package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.launchcheck.api.Verdict;

/** One line of the assessment list; the full assessment is at {@code href}. */
public record AssessmentSummary(
        UUID id,
        String app,
        Verdict overall,
        LocalDate asOf,
        long rulesetVersion,
        Instant evaluatedAt,
        UUID reevaluatedFrom,
        String href,
        String team) {

    public static AssessmentSummary of(Assessment assessment) {
        return new AssessmentSummary(assessment.id, assessment.appName, assessment.overall, assessment.asOf,
                assessment.rulesetVersion, assessment.evaluatedAt, assessment.reevaluatedFrom,
                "/api/v1/assessments/" + assessment.id, assessment.team);
    }
}
