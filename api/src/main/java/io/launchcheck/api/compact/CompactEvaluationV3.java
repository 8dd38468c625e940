package io.launchcheck.api.compact;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.UncheckedRule;

/**
 * The compact form's third version ({@link CompactEvaluations#MEDIA_TYPE_V3}): the second version
 * ({@link CompactEvaluation}) with each rule's texts replaced by their digest ({@link RuleTextDigests}), for a caller
 * that holds the texts of earlier answers. A caller that does not hold the texts of a digest asks for the same
 * evaluation in the second version, which carries them; it never guesses.
 *
 * @param rules      the digest of each cited rule's texts, by rule id
 * @param reasons    every distinct reason of the findings and upcoming rules, once
 * @param why        per result, the reasons of each finding and each upcoming rule as positions in {@code reasons}
 * @param evaluation the evaluation without the rules' texts and the reasons
 * @param unchecked  every distinct rule a result could not check, once
 */
@JsonPropertyOrder({"rules", "reasons", "why", "unchecked", "evaluation"})
@Schema(description = "An evaluation whose cited rules' texts are named by digest only (media type "
        + CompactEvaluations.MEDIA_TYPE_V3 + "); otherwise as " + CompactEvaluations.MEDIA_TYPE + ". A caller that "
        + "does not hold the texts of every digest asks again for " + CompactEvaluations.MEDIA_TYPE
        + ", whose rules carry them")
public record CompactEvaluationV3(
        @Schema(required = true, description = "By rule id, the SHA-256 (hex) of the rule's texts as the rules of "
                + CompactEvaluations.MEDIA_TYPE + " write them (members in schema order, absent ones left out, no "
                + "whitespace)")
        Map<String, String> rules,
        @Schema(required = true) List<String> reasons,
        @Schema(required = true) List<ResultReasons> why,
        @Schema(required = true, type = SchemaType.OBJECT, implementation = Object.class,
                description = CompactEvaluation.EVALUATION_DESCRIPTION)
        Evaluation evaluation,
        @Schema(description = CompactEvaluation.UNCHECKED_DESCRIPTION)
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UncheckedRule> unchecked) {
}
