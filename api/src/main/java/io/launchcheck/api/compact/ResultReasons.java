package io.launchcheck.api.compact;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The reasons of one result's findings and upcoming rules in a {@link CompactEvaluation}: for each, in order, the
 * positions of its reasons in {@link CompactEvaluation#reasons()} (null where the finding had no reasons).
 */
@Schema(description = "Per finding and per upcoming rule of one result, in order, the positions of its reasons in reasons")
public record ResultReasons(
        @Schema(required = true) List<List<Integer>> findings,
        @Schema(required = true) List<List<Integer>> upcoming) {
}
