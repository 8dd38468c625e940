package io.launchcheck.api.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UseCase;
import io.launchcheck.api.Verdict;

/** The fourth compact version: the not-checked rules named by digest, expanded only with the rules held. */
class CompactEvaluationV4Test {

    private static final LocalDate FROM = LocalDate.parse("2026-01-22");

    private static final UncheckedRule LABELLING = unchecked("kr-labelling", new LinkedHashSet<>(
            List.of(UseCase.DEEPFAKE, UseCase.CONTENT_GENERATION)));
    private static final UncheckedRule HIGH_RISK = unchecked("eu-high-risk", Set.of(UseCase.EMOTION_RECOGNITION));

    @Test
    void namesEachNotCheckedRuleOnceByDigestAndExpandsWithTheHeldOnesToTheSameEvaluation() throws Exception {
        Evaluation evaluation = evaluation();
        CompactEvaluation compact = CompactEvaluations.compact(evaluation);
        CompactEvaluationV4 v4 = CompactEvaluations.byDigestV4(compact, new RuleTextDigests(10));

        assertThat(v4.unchecked()).containsExactly(RuleTextDigests.digest(LABELLING), RuleTextDigests.digest(HIGH_RISK))
                .allMatch(digest -> digest.matches("[0-9a-f]{64}"));
        assertThat(v4.rules()).isEqualTo(CompactEvaluations.byDigest(compact, new RuleTextDigests(10)).rules());
        // through JSON, as the rules-service sends it and the gateway reads it
        ObjectMapper json = CompactEvaluations.writer(new ObjectMapper().registerModule(new JavaTimeModule()));
        CompactEvaluationV4 read = json.readValue(json.writeValueAsBytes(v4), CompactEvaluationV4.class);
        assertThat(CompactEvaluations.expand(read, texts(compact)::get, unchecked(compact)::get)).isEqualTo(evaluation);
    }

    @Test
    void aNotCheckedRuleNotHeldIsNamedAndNothingIsExpanded() {
        CompactEvaluation compact = CompactEvaluations.compact(evaluation());
        CompactEvaluationV4 v4 = CompactEvaluations.byDigestV4(compact, new RuleTextDigests(10));
        Map<String, UncheckedRule> onlyLabelling = Map.of(RuleTextDigests.digest(LABELLING), LABELLING);

        assertThatThrownBy(() -> CompactEvaluations.expand(v4, texts(compact)::get, onlyLabelling::get))
                .isInstanceOfSatisfying(RuleTextsNotHeldException.class, e -> assertThat(e.digests())
                        .containsExactly(RuleTextDigests.digest(HIGH_RISK)));
        assertThatThrownBy(() -> CompactEvaluations.expand(v4, d -> null, unchecked(compact)::get))
                .isInstanceOfSatisfying(RuleTextsNotHeldException.class, e -> assertThat(e.digests())
                        .containsExactlyElementsOf(v4.rules().values()));
    }

    @Test
    void theDigestOfANotCheckedRuleChangesWithItAndNotWithTheOrderOfItsSets() {
        UncheckedRule reordered = unchecked("kr-labelling", new LinkedHashSet<>(
                List.of(UseCase.CONTENT_GENERATION, UseCase.DEEPFAKE)));
        UncheckedRule amended = new UncheckedRule(LABELLING.ruleId(), LABELLING.kind(), LABELLING.severity(),
                LABELLING.jurisdiction(), LABELLING.effectiveFrom(), LABELLING.message(), LABELLING.needs(),
                LABELLING.useCases(), LABELLING.roles(), "Amended law", LABELLING.sourceUrl(), LABELLING.confidence());

        assertThat(RuleTextDigests.digest(reordered)).isEqualTo(RuleTextDigests.digest(LABELLING));
        assertThat(RuleTextDigests.digest(amended)).isNotEqualTo(RuleTextDigests.digest(LABELLING));
        assertThat(new RuleTextDigests(10).of(LABELLING)).isEqualTo(RuleTextDigests.digest(LABELLING));
        assertThat(new String(RuleTextDigests.canonical(LABELLING), StandardCharsets.UTF_8)).isEqualTo(
                "{\"ruleId\":\"kr-labelling\",\"kind\":\"OBLIGATION\",\"severity\":\"WARNING\",\"jurisdiction\":\"KR\","
                        + "\"effectiveFrom\":\"2026-01-22\",\"message\":\"Label generated content\","
                        + "\"needs\":[\"useCases\"],\"useCases\":[\"CONTENT_GENERATION\",\"DEEPFAKE\"],"
                        + "\"roles\":[\"DEPLOYER\"],\"legalBasis\":\"AI Basic Act Art. 31\",\"confidence\":\"HIGH\"}");
    }

    private static Map<String, RuleTexts> texts(CompactEvaluation compact) {
        Map<String, RuleTexts> held = new HashMap<>();
        compact.rules().values().forEach(texts -> held.put(RuleTextDigests.digest(texts), texts));
        return held;
    }

    private static Map<String, UncheckedRule> unchecked(CompactEvaluation compact) {
        Map<String, UncheckedRule> held = new HashMap<>();
        compact.unchecked().forEach(rule -> held.put(RuleTextDigests.digest(rule), rule));
        return held;
    }

    /** Three results; the not-checked rules recur (as a bloc's do in each member's result). */
    private static Evaluation evaluation() {
        Finding finding = new Finding("kr-ban", RuleKind.ADVISORY, Severity.WARNING, RuleStatus.IN_FORCE, "KR", null,
                "Rule kr-ban", List.of("a reason"), "Test law", "Test authority", "https://example.org/", "Ask",
                Confidence.HIGH, FROM, null);
        List<JurisdictionResult> results = List.of(
                new JurisdictionResult("KR", Verdict.NEEDS_REVIEW, List.of(finding), List.of(), List.of(LABELLING)),
                new JurisdictionResult("DE", Verdict.NEEDS_REVIEW, List.of(), List.of(), List.of(HIGH_RISK, LABELLING)),
                new JurisdictionResult("FR", Verdict.COMPLIANT, List.of(), List.of(), null));
        return new Evaluation(3, Instant.parse("2026-03-01T00:00:00Z"), false, LocalDate.parse("2026-03-01"),
                Verdict.NEEDS_REVIEW, results, null);
    }

    private static UncheckedRule unchecked(String ruleId, Set<UseCase> useCases) {
        return new UncheckedRule(ruleId, RuleKind.OBLIGATION, Severity.WARNING, "KR", FROM, "Label generated content",
                List.of("useCases"), useCases, Set.of(TeamRole.DEPLOYER), "AI Basic Act Art. 31", null,
                Confidence.HIGH);
    }
}
