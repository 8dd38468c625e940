package io.launchcheck.api.compact;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.launchcheck.api.Evaluation;

/**
 * The compact form's fourth version ({@link CompactEvaluations#MEDIA_TYPE_V4}): the third
 * ({@link CompactEvaluationV3}) with the not-checked rules named by digest too ({@link RuleTextDigests#of(
 * io.launchcheck.api.UncheckedRule)}), for a caller that holds them from earlier answers. A caller that does not hold
 * the rule of a digest asks for the same evaluation in the second version, which carries them all; it never guesses.
 *
 * @param rules      the digest of each cited rule's texts, by rule id
 * @param reasons    every distinct reason of the findings and upcoming rules, once
 * @param why        per result, the reasons of each finding and each upcoming rule as positions in {@code reasons}
 * @param evaluation the evaluation without the rules' texts and the reasons
 * @param unchecked  the digest of every distinct rule a result could not check, once
 */
@JsonPropertyOrder({"rules", "reasons", "why", "unchecked", "evaluation"})
@Schema(description = "An evaluation whose cited rules' texts and not-checked rules are named by digest only (media "
        + "type " + CompactEvaluations.MEDIA_TYPE_V4 + "); otherwise as " + CompactEvaluations.MEDIA_TYPE_V3 + ". A "
        + "caller that does not hold every digest asks again for " + CompactEvaluations.MEDIA_TYPE + ", which "
        + "carries them")
public record CompactEvaluationV4(
        @Schema(required = true, description = "By rule id, the SHA-256 (hex) of the rule's texts, as in "
                + CompactEvaluations.MEDIA_TYPE_V3)
        Map<String, String> rules,
        @Schema(required = true) List<String> reasons,
        @Schema(required = true) List<ResultReasons> why,
        @Schema(required = true, type = SchemaType.OBJECT, implementation = Object.class,
                description = CompactEvaluation.EVALUATION_DESCRIPTION)
        Evaluation evaluation,
        @Schema(description = "Every distinct not-checked rule of the results, once, as the SHA-256 (hex) of its "
                + "JSON as an entry of the unchecked of " + CompactEvaluations.MEDIA_TYPE + " (members in schema "
                + "order, null ones left out, useCases and roles sorted, no whitespace); results refer to these by "
                + "position (why[i].notChecked)")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<String> unchecked) {
}
