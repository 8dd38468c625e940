package io.launchcheck.gateway.domain;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of assessments, newest first.
 *
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total number of assessments matching the filters, over all pages
 */
public record AssessmentPage(
        @Schema(required = true) List<AssessmentSummary> items,
        @Schema(required = true) int page,
        @Schema(required = true) int size,
        @Schema(required = true) long total) {
}
