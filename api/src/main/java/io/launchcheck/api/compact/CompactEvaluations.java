package io.launchcheck.api.compact;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UpcomingRule;

/**
 * Turns an evaluation into its compact internal form and back. The rules-service sends the compact form to a
 * caller that asks for {@link #MEDIA_TYPE}; the gateway expands it into the same {@link Evaluation} the full form
 * would have given. A rule goes into the dictionary only when every finding and upcoming rule citing it in this
 * evaluation carries the same texts (a finding whose texts depend on the target, such as the unidentified-vendor
 * warning in several jurisdictions, stays complete), so expanding is exact. Only the components named here are
 * touched: any other component of a finding, upcoming rule, result or evaluation is copied as it is. The rules a
 * result could not check ({@code notChecked}) travel once per evaluation too: a bloc's use-case rules recur in the
 * result of every member.
 */
public final class CompactEvaluations {

    /**
     * The compact media type of an evaluation, asked for with {@code Accept}. Its second version also lists
     * not-checked rules once; a caller that still asks for the first gets the full JSON form.
     */
    public static final String MEDIA_TYPE = "application/vnd.launchcheck.evaluation.compact.v2+json";

    /**
     * What a caller that reads both forms accepts: the compact form first, the full JSON form with a lower weight (a
     * rules-service without the compact form answers that). The weight matters: on equal weights the rules-service
     * answers JSON, its first form, so that a caller sending {@code Accept: *}{@code /*} or none gets the full form.
     */
    public static final String ACCEPT = MEDIA_TYPE + ", application/json;q=0.5";

    /** The components of a finding that come from its rule. */
    static final List<String> FINDING_TEXTS = List.of("kind", "status", "jurisdiction", "organization", "message",
            "legalBasis", "authority", "sourceUrl", "remediation", "confidence", "effectiveFrom", "effectiveTo");

    /** The components of an upcoming rule that come from its rule. */
    static final List<String> UPCOMING_TEXTS = List.of("kind", "jurisdiction", "effectiveFrom", "message",
            "legalBasis", "sourceUrl");

    private static final Map<String, Object> WHY_STRIPPED = nulls(List.of("why"));
    private static final Map<String, Object> FINDING_STRIPPED = nulls(concat(FINDING_TEXTS, "why"));
    private static final Map<String, Object> UPCOMING_STRIPPED = nulls(concat(UPCOMING_TEXTS, "why"));

    private CompactEvaluations() {
    }

    /**
     * A copy of the mapper that writes compact evaluations: the left-out texts of findings and upcoming rules are
     * not written as nulls.
     */
    public static ObjectMapper writer(ObjectMapper mapper) {
        ObjectMapper copy = mapper.copy();
        JsonInclude.Value nonNull = JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                JsonInclude.Include.NON_NULL);
        copy.configOverride(Finding.class).setInclude(nonNull);
        copy.configOverride(UpcomingRule.class).setInclude(nonNull);
        return copy;
    }

    /** The compact form of an evaluation. */
    public static CompactEvaluation compact(Evaluation evaluation) {
        Map<String, Map<String, Object>> texts = new LinkedHashMap<>();
        Map<String, Boolean> fromFinding = new HashMap<>();
        Set<String> differing = new HashSet<>();
        List<JurisdictionResult> results = evaluation.results() == null ? List.of() : evaluation.results();
        for (JurisdictionResult result : results) {
            if (result == null) {
                continue;
            }
            for (Finding finding : nonNull(result.findings())) {
                collect(texts, fromFinding, differing, finding.ruleId(), textsOf(finding), true);
            }
            for (UpcomingRule upcoming : nonNull(result.upcoming())) {
                collect(texts, fromFinding, differing, upcoming.ruleId(), textsOf(upcoming), false);
            }
        }
        differing.forEach(texts::remove);
        texts.remove(null);
        Map<String, RuleTexts> rules = new LinkedHashMap<>();
        texts.forEach((ruleId, values) -> rules.put(ruleId, ruleTexts(values)));
        if (evaluation.results() == null) {
            return new CompactEvaluation(rules, List.of(), List.of(), evaluation);
        }
        Map<String, Integer> reasons = new LinkedHashMap<>();
        Map<UncheckedRule, Integer> unchecked = new LinkedHashMap<>();
        List<ResultReasons> why = new ArrayList<>(results.size());
        List<JurisdictionResult> stripped = new ArrayList<>(results.size());
        for (JurisdictionResult result : results) {
            if (result == null) {
                why.add(null);
                stripped.add(null);
                continue;
            }
            List<List<Integer>> findingWhy = new ArrayList<>();
            List<List<Integer>> upcomingWhy = new ArrayList<>();
            stripped.add(replaceLists(result,
                    mapList(result.findings(), f -> {
                        findingWhy.add(positions(f.why(), reasons));
                        return Records.with(f, rules.containsKey(f.ruleId()) ? FINDING_STRIPPED : WHY_STRIPPED);
                    }),
                    mapList(result.upcoming(), u -> {
                        upcomingWhy.add(positions(u.why(), reasons));
                        return Records.with(u, rules.containsKey(u.ruleId()) ? UPCOMING_STRIPPED : WHY_STRIPPED);
                    }),
                    null));
            why.add(new ResultReasons(result.findings() == null ? null : findingWhy,
                    result.upcoming() == null ? null : upcomingWhy,
                    result.notChecked() == null || result.notChecked().isEmpty() ? null
                            : positions(result.notChecked(), unchecked)));
        }
        return new CompactEvaluation(rules, List.copyOf(reasons.keySet()), why,
                Records.with(evaluation, Map.of("results", stripped)), new ArrayList<>(unchecked.keySet()));
    }

    /**
     * The full evaluation of a compact one.
     *
     * @throws IllegalArgumentException when the compact form has no evaluation
     */
    public static Evaluation expand(CompactEvaluation compact) {
        if (compact == null || compact.evaluation() == null) {
            throw new IllegalArgumentException("the compact evaluation has no evaluation");
        }
        Evaluation evaluation = compact.evaluation();
        Map<String, RuleTexts> rules = compact.rules() == null ? Map.of() : compact.rules();
        if (evaluation.results() == null) {
            return evaluation;
        }
        List<UncheckedRule> unchecked = compact.unchecked() == null ? List.of() : compact.unchecked();
        Map<String, Map<String, Object>> findingTexts = new HashMap<>();
        Map<String, Map<String, Object>> upcomingTexts = new HashMap<>();
        rules.forEach((ruleId, texts) -> {
            if (texts != null) {
                Map<String, Object> values = valuesOf(texts);
                findingTexts.put(ruleId, restrict(values, FINDING_TEXTS));
                upcomingTexts.put(ruleId, restrict(values, UPCOMING_TEXTS));
            }
        });
        List<String> reasons = compact.reasons() == null ? List.of() : compact.reasons();
        List<ResultReasons> why = compact.why() == null ? List.of() : compact.why();
        if (why.size() != evaluation.results().size()) {
            throw new IllegalArgumentException("the compact evaluation has reasons for " + why.size() + " of "
                    + evaluation.results().size() + " results");
        }
        List<JurisdictionResult> full = new ArrayList<>(evaluation.results().size());
        for (int i = 0; i < evaluation.results().size(); i++) {
            JurisdictionResult result = evaluation.results().get(i);
            ResultReasons resultWhy = why.get(i);
            if (result == null) {
                full.add(null);
                continue;
            }
            Iterator<List<Integer>> findingWhy = iterator(resultWhy == null ? null : resultWhy.findings(),
                    result.findings());
            Iterator<List<Integer>> upcomingWhy = iterator(resultWhy == null ? null : resultWhy.upcoming(),
                    result.upcoming());
            full.add(replaceLists(result,
                    mapList(result.findings(), f -> fill(f, findingTexts.get(f.ruleId()), findingWhy.next(), reasons)),
                    mapList(result.upcoming(),
                            u -> fill(u, upcomingTexts.get(u.ruleId()), upcomingWhy.next(), reasons)),
                    resultWhy == null || resultWhy.notChecked() == null ? result.notChecked()
                            : at(resultWhy.notChecked(), unchecked, "not-checked rule")));
        }
        return Records.with(evaluation, Map.of("results", full));
    }

    private static Iterator<List<Integer>> iterator(List<List<Integer>> positions, List<?> items) {
        int expected = items == null ? 0 : (int) items.stream().filter(Objects::nonNull).count();
        int actual = positions == null ? 0 : positions.size();
        if (expected != actual) {
            throw new IllegalArgumentException("the compact evaluation has reasons for " + actual + " of " + expected
                    + " findings or upcoming rules of a result");
        }
        return positions == null ? Collections.emptyIterator() : positions.iterator();
    }

    private static <R extends Record> R fill(R record, Map<String, Object> texts, List<Integer> positions,
            List<String> reasons) {
        Map<String, Object> values = texts == null ? new HashMap<>() : new HashMap<>(texts);
        values.put("why", reasonsAt(positions, reasons));
        return Records.with(record, values);
    }

    private static List<String> reasonsAt(List<Integer> positions, List<String> reasons) {
        return positions == null ? null : List.copyOf(at(positions, reasons, "reason"));
    }

    /** The items at these positions. */
    private static <T> List<T> at(List<Integer> positions, List<T> items, String what) {
        List<T> found = new ArrayList<>(positions.size());
        for (Integer position : positions) {
            if (position == null || position < 0 || position >= items.size()) {
                throw new IllegalArgumentException("the compact evaluation refers to " + what + " " + position + " of "
                        + items.size());
            }
            found.add(items.get(position));
        }
        return found;
    }

    /** The positions of the items in the distinct items seen so far, each new one added at the end. */
    private static <T> List<Integer> positions(List<T> items, Map<T, Integer> distinct) {
        if (items == null) {
            return null;
        }
        List<Integer> positions = new ArrayList<>(items.size());
        for (T item : items) {
            positions.add(distinct.computeIfAbsent(item, r -> distinct.size()));
        }
        return positions;
    }

    private static JurisdictionResult replaceLists(JurisdictionResult result, List<Finding> findings,
            List<UpcomingRule> upcoming, List<UncheckedRule> notChecked) {
        Map<String, Object> lists = new HashMap<>();
        lists.put("findings", findings);
        lists.put("upcoming", upcoming);
        lists.put("notChecked", notChecked);
        return Records.with(result, lists);
    }

    private static <T> List<T> mapList(List<T> items, UnaryOperator<T> change) {
        if (items == null) {
            return null;
        }
        List<T> changed = new ArrayList<>(items.size());
        for (T item : items) {
            changed.add(item == null ? null : change.apply(item));
        }
        return changed;
    }

    private static <T> List<T> nonNull(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    private static void collect(Map<String, Map<String, Object>> texts, Map<String, Boolean> fromFinding,
            Set<String> differing, String ruleId, Map<String, Object> values, boolean finding) {
        if (ruleId == null || differing.contains(ruleId)) {
            return;
        }
        Map<String, Object> known = texts.get(ruleId);
        if (known == null) {
            texts.put(ruleId, new HashMap<>(values));
            fromFinding.put(ruleId, finding);
            return;
        }
        for (Map.Entry<String, Object> value : values.entrySet()) {
            boolean knownHere = known.containsKey(value.getKey());
            if (knownHere && !Objects.equals(known.get(value.getKey()), value.getValue())) {
                differing.add(ruleId);
                return;
            }
        }
        if (finding && !fromFinding.get(ruleId)) {
            known.putAll(values);
            fromFinding.put(ruleId, true);
        }
    }

    private static Map<String, Object> textsOf(Finding f) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", f.kind());
        values.put("status", f.status());
        values.put("jurisdiction", f.jurisdiction());
        values.put("organization", f.organization());
        values.put("message", f.message());
        values.put("legalBasis", f.legalBasis());
        values.put("authority", f.authority());
        values.put("sourceUrl", f.sourceUrl());
        values.put("remediation", f.remediation());
        values.put("confidence", f.confidence());
        values.put("effectiveFrom", f.effectiveFrom());
        values.put("effectiveTo", f.effectiveTo());
        return values;
    }

    private static Map<String, Object> textsOf(UpcomingRule u) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", u.kind());
        values.put("jurisdiction", u.jurisdiction());
        values.put("effectiveFrom", u.effectiveFrom());
        values.put("message", u.message());
        values.put("legalBasis", u.legalBasis());
        values.put("sourceUrl", u.sourceUrl());
        return values;
    }

    private static RuleTexts ruleTexts(Map<String, Object> v) {
        return new RuleTexts((RuleKind) v.get("kind"), (RuleStatus) v.get("status"),
                (String) v.get("jurisdiction"), (String) v.get("organization"), (String) v.get("message"),
                (String) v.get("legalBasis"), (String) v.get("authority"), (String) v.get("sourceUrl"),
                (String) v.get("remediation"), (Confidence) v.get("confidence"),
                (LocalDate) v.get("effectiveFrom"), (LocalDate) v.get("effectiveTo"));
    }

    private static Map<String, Object> valuesOf(RuleTexts t) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", t.kind());
        values.put("status", t.status());
        values.put("jurisdiction", t.jurisdiction());
        values.put("organization", t.organization());
        values.put("message", t.message());
        values.put("legalBasis", t.legalBasis());
        values.put("authority", t.authority());
        values.put("sourceUrl", t.sourceUrl());
        values.put("remediation", t.remediation());
        values.put("confidence", t.confidence());
        values.put("effectiveFrom", t.effectiveFrom());
        values.put("effectiveTo", t.effectiveTo());
        return values;
    }

    private static Map<String, Object> restrict(Map<String, Object> values, List<String> names) {
        Map<String, Object> restricted = new HashMap<>();
        names.forEach(name -> restricted.put(name, values.get(name)));
        return restricted;
    }

    private static List<String> concat(List<String> names, String name) {
        List<String> all = new ArrayList<>(names);
        all.add(name);
        return all;
    }

    private static Map<String, Object> nulls(List<String> names) {
        Map<String, Object> nulls = new HashMap<>();
        names.forEach(name -> nulls.put(name, null));
        return nulls;
    }
}
