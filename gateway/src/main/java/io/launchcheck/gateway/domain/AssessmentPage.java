package io.launchcheck.gateway.domain;

import java.util.List;

/**
 * A page of assessments, newest first.
 *
 * @param page  zero-based page number
 * @param size  page size asked for
 * @param total number of assessments matching the filters, over all pages
 */
public record AssessmentPage(List<AssessmentSummary> items, int page, int size, long total) {
}
