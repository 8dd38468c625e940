package io.launchcheck.api.compact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;

/**
 * The compact forms in process: expanding gives the evaluation back exactly, with every component of every record
 * set (so a component added later to a record that the copies do not carry fails here); the third version expands
 * only with the texts its digests name.
 */
class CompactEvaluationsTest {

    private static final LocalDate FROM = LocalDate.parse("2025-01-31");

    @Test
    void everyComponentOfEveryRecordSurvivesCompactionAndExpansion() {
        Evaluation sample = sample(Evaluation.class, "e");
        JurisdictionResult result = sample.results().get(0);
        Finding finding = result.findings().get(0);
        UpcomingRule upcoming = result.upcoming().get(0);
        // two results citing the same rules with the same texts, so they go into the dictionary
        Evaluation evaluation = sample.withResults(List.of(result, result.withLists(
                List.of(finding.withWhy(List.of("another reason"))), List.of(upcoming), result.notChecked())));

        CompactEvaluation compact = CompactEvaluations.compact(evaluation);

        assertThat(compact.rules()).containsOnlyKeys(finding.ruleId(), upcoming.ruleId());
        Finding stripped = compact.evaluation().results().get(0).findings().get(0);
        assertThat(stripped.message()).isNull();
        assertThat(stripped.why()).isNull();
        assertThat(stripped.severity()).isEqualTo(finding.severity());
        assertThat(stripped.waived()).isEqualTo(finding.waived());
        assertThat(CompactEvaluations.expand(compact)).isEqualTo(evaluation);
        Map<String, RuleTexts> held = held(compact);
        assertThat(CompactEvaluations.expand(CompactEvaluations.byDigest(compact, new RuleTextDigests(10)), held::get))
                .isEqualTo(evaluation);
    }

    @Test
    void aRuleWhoseTextsDifferBetweenTargetsStaysComplete() {
        Finding it = finding("launchcheck-identity-not-resolved", "IT");
        Finding kr = finding("launchcheck-identity-not-resolved", "KR");
        Evaluation evaluation = evaluation(List.of(result("IT", it), result("KR", kr)));

        CompactEvaluation compact = CompactEvaluations.compact(evaluation);

        assertThat(compact.rules()).isEmpty();
        assertThat(compact.evaluation().results().get(1).findings().get(0).jurisdiction()).isEqualTo("KR");
        assertThat(CompactEvaluations.expand(CompactEvaluations.byDigest(compact, new RuleTextDigests(10)), d -> null))
                .isEqualTo(evaluation);
    }

    @Test
    void theThirdVersionNamesTextsByDigestAndDoesNotExpandWithoutThem() {
        Evaluation evaluation = evaluation(List.of(result("IT", finding("it-ban", "IT"))));
        CompactEvaluation compact = CompactEvaluations.compact(evaluation);
        CompactEvaluationV3 v3 = CompactEvaluations.byDigest(compact, new RuleTextDigests(10));

        String digest = v3.rules().get("it-ban");
        assertThat(digest).matches("[0-9a-f]{64}").isEqualTo(RuleTextDigests.digest(compact.rules().get("it-ban")));
        assertThatThrownBy(() -> CompactEvaluations.expand(v3, d -> null))
                .isInstanceOfSatisfying(RuleTextsNotHeldException.class, e -> assertThat(e.digests())
                        .containsExactly(digest));
        assertThat(CompactEvaluations.expand(v3, held(compact)::get)).isEqualTo(evaluation);
    }

    @Test
    void aChangedRuleTextHasAnotherDigest() {
        RuleTexts texts = RuleTexts.of(finding("it-ban", "IT"));
        RuleTexts amended = RuleTexts.of(finding("it-ban", "IT").withTexts(texts.kind(), texts.status(),
                texts.jurisdiction(), texts.organization(), texts.message(), "Amended law", texts.authority(),
                texts.sourceUrl(), texts.remediation(), texts.confidence(), texts.effectiveFrom(), texts.effectiveTo(),
                null));

        assertThat(RuleTextDigests.digest(amended)).isNotEqualTo(RuleTextDigests.digest(texts));
        assertThat(new RuleTextDigests(10).of(texts)).isEqualTo(RuleTextDigests.digest(texts));
    }

    @Test
    void theCanonicalFormIsTheJsonOfTheTextsInSchemaOrderWithoutAbsentMembers() {
        RuleTexts texts = new RuleTexts(RuleKind.NATIONWIDE_BAN, RuleStatus.IN_FORCE, "IT", null, "Italy: \"banned\"",
                null, null, null, null, Confidence.HIGH, FROM, null);

        assertThat(new String(RuleTextDigests.canonical(texts), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo("{\"kind\":\"NATIONWIDE_BAN\",\"status\":\"IN_FORCE\",\"jurisdiction\":\"IT\","
                        + "\"message\":\"Italy: \\\"banned\\\"\",\"confidence\":\"HIGH\",\"effectiveFrom\":\"2025-01-31\"}");
    }

    private static Map<String, RuleTexts> held(CompactEvaluation compact) {
        Map<String, RuleTexts> held = new HashMap<>();
        compact.rules().values().forEach(texts -> held.put(RuleTextDigests.digest(texts), texts));
        return held;
    }

    private static Evaluation evaluation(List<JurisdictionResult> results) {
        return new Evaluation(3, Instant.parse("2025-03-01T00:00:00Z"), false, LocalDate.parse("2025-03-01"),
                Verdict.NEEDS_REVIEW, results, null);
    }

    private static JurisdictionResult result(String jurisdiction, Finding finding) {
        // no rules not checked: the compact form carries none (null), as the full JSON form leaves an empty list out
        return new JurisdictionResult(jurisdiction, Verdict.NEEDS_REVIEW, List.of(finding), List.of(), null);
    }

    private static Finding finding(String ruleId, String jurisdiction) {
        return new Finding(ruleId, RuleKind.ADVISORY, Severity.WARNING, RuleStatus.IN_FORCE, jurisdiction, null,
                "Rule " + ruleId + " in " + jurisdiction, List.of("a reason"), "Test law", "Test authority",
                "https://example.org/", "Ask", Confidence.HIGH, FROM, null);
    }

    /** A record of this type with every component set (lists and sets of one element), named after the path. */
    @SuppressWarnings("unchecked")
    private static <T> T sample(Class<T> type, String path) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i].getGenericType(), path + "." + components[i].getName());
        }
        try {
            Constructor<T> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object value(Type type, String path) {
        if (type instanceof ParameterizedType generic) {
            Object element = value(generic.getActualTypeArguments()[0], path + "[0]");
            return generic.getRawType() == Set.class ? Set.of(element) : List.of(element);
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return path;
        } else if (raw == long.class || raw == Long.class) {
            return 7L;
        } else if (raw == int.class || raw == Integer.class) {
            return 3;
        } else if (raw == boolean.class || raw == Boolean.class) {
            return true;
        } else if (raw == java.util.UUID.class) {
            return java.util.UUID.nameUUIDFromBytes(path.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        } else if (raw == LocalDate.class) {
            return FROM;
        } else if (raw == Instant.class) {
            return Instant.parse("2025-03-01T10:00:00Z");
        } else if (raw.isEnum()) {
            return raw.getEnumConstants()[0];
        } else if (raw.isRecord()) {
            return sample(raw, path);
        }
        throw new IllegalArgumentException("no sample for " + raw + " at " + path);
    }
}
