package io.launchcheck.api.compact;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The reasons of one result's findings and upcoming rules in a {@link CompactEvaluation}: for each, in order, the
 * positions of its reasons in {@link CompactEvaluation#reasons()} (null where the finding had no reasons); and the
 * rules the result could not check, as positions in {@link CompactEvaluation#unchecked()} (null when it has none).
 */
@Schema(description = "Per finding and per upcoming rule of one result, in order, the positions of its reasons in "
        + "reasons; and the result's not-checked rules as positions in unchecked")
public record ResultReasons(
        @Schema(required = true) List<List<Integer>> findings,
        @Schema(required = true) List<List<Integer>> upcoming,
        @Schema(nullable = true, description = "The result's notChecked, as positions in unchecked; absent when it has none")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> notChecked) {

    /** Reasons of a result that lists no rule as not checked. */
    public ResultReasons(List<List<Integer>> findings, List<List<Integer>> upcoming) {
        this(findings, upcoming, null);
    }
}
