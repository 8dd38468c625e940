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
 * The compact internal form of an {@link Evaluation} ({@link CompactEvaluations#MEDIA_TYPE}): each cited rule's
 * texts once in {@code rules}, and the evaluation whose findings and upcoming rules of those rules leave the texts
 * out (their rule id, severity and anything else stay). Findings of a rule that is not in {@code rules} keep their
 * texts. The reasons ({@code why}) of every finding and upcoming rule are numbers into {@code reasons}, where each
 * distinct reason is written once (the same few sentences recur in most findings). Expanding it gives back the full
 * evaluation exactly.
 *
 * @param rules      the texts of the rules the findings refer to, by rule id
 * @param reasons    every distinct reason of the findings and upcoming rules, once
 * @param why        per result (in the order of the results), the reasons of each finding and each upcoming rule as
 *                   positions in {@code reasons}
 * @param evaluation the evaluation without those texts and reasons
 * @param unchecked  every distinct rule a result could not check, once (a bloc's rules recur in each member's
 *                   result); results refer to them by position ({@link ResultReasons#notChecked()})
 */
@JsonPropertyOrder({"rules", "reasons", "why", "unchecked", "evaluation"})
@Schema(description = "An evaluation with each cited rule's texts sent once (media type "
        + CompactEvaluations.MEDIA_TYPE + "); the findings and upcoming rules of a rule named in rules leave "
        + "kind, status, jurisdiction, organization, message, legalBasis, authority, sourceUrl, remediation, "
        + "confidence, effectiveFrom and effectiveTo out, and every reason is written once")
public record CompactEvaluation(
        @Schema(required = true) Map<String, RuleTexts> rules,
        @Schema(required = true) List<String> reasons,
        @Schema(required = true) List<ResultReasons> why,
        @Schema(required = true, type = SchemaType.OBJECT, implementation = Object.class,
                description = EVALUATION_DESCRIPTION)
        Evaluation evaluation,
        @Schema(description = UNCHECKED_DESCRIPTION)
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UncheckedRule> unchecked) {

    /** What the compact forms' {@code evaluation} is. */
    static final String EVALUATION_DESCRIPTION = "An Evaluation (see the application/json answer) whose findings and "
            + "upcoming rules of the rules named in rules carry only ruleId, severity and any further fields; no "
            + "finding or upcoming rule carries why";

    /** What the compact forms' {@code unchecked} is. */
    static final String UNCHECKED_DESCRIPTION = "Every distinct not-checked rule of the results, once; results carry "
            + "none and refer to these by position (why[i].notChecked)";

    /** A compact evaluation whose results list no rule as not checked. */
    public CompactEvaluation(Map<String, RuleTexts> rules, List<String> reasons, List<ResultReasons> why,
            Evaluation evaluation) {
        this(rules, reasons, why, evaluation, List.of());
    }
}

