package io.launchcheck.api.compact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UpcomingRule;

/**
 * Turns an evaluation into its compact internal form and back. The rules-service sends the compact form to a
 * caller that asks for {@link #MEDIA_TYPE}, {@link #MEDIA_TYPE_V3} or {@link #MEDIA_TYPE_V4}; the gateway expands it into the same
 * {@link Evaluation} the full form would have given. A rule goes into the dictionary only when every finding and
 * upcoming rule citing it in this evaluation carries the same texts (a finding whose texts depend on the target, such
 * as the unidentified-vendor warning in several jurisdictions, stays complete), so expanding is exact. Only the
 * rule-text components and the reasons of findings and upcoming rules and the lists of results are replaced, through
 * the records' own copies ({@link Finding#withTexts}, {@link JurisdictionResult#withLists}, ...): every other component
 * travels as it is. The rules a result could not check ({@code notChecked}) travel once per evaluation too: a bloc's
 * use-case rules recur in the result of every member.
 */
public final class CompactEvaluations {

    /**
     * The compact media type of an evaluation, asked for with {@code Accept}. Its second version also lists
     * not-checked rules once; a caller that still asks for the first gets the full JSON form.
     */
    public static final String MEDIA_TYPE = "application/vnd.launchcheck.evaluation.compact.v2+json";

    /**
     * The third version: the second with each rule's texts named by their digest only ({@link CompactEvaluationV3}),
     * for a caller that holds the texts of earlier answers.
     */
    public static final String MEDIA_TYPE_V3 = "application/vnd.launchcheck.evaluation.compact.v3+json";

    /**
     * The fourth version: the third with the not-checked rules named by their digest too
     * ({@link CompactEvaluationV4}), for a caller that holds them from earlier answers.
     */
    public static final String MEDIA_TYPE_V4 = "application/vnd.launchcheck.evaluation.compact.v4+json";

    /**
     * What a caller that reads both forms accepts: the compact form first, the full JSON form with a lower weight (a
     * rules-service without the compact form answers that). The weight matters: on equal weights the rules-service
     * answers JSON, its first form, so that a caller sending {@code Accept: *}{@code /*} or none gets the full form.
     */
    public static final String ACCEPT = MEDIA_TYPE + ", application/json;q=0.5";

    /**
     * What a caller that holds rule texts accepts: the third version first, then the second (a rules-service without
     * the third answers that) and the full JSON form.
     */
    public static final String ACCEPT_V3 = MEDIA_TYPE_V3 + ", " + MEDIA_TYPE + ";q=0.9, application/json;q=0.5";

    /**
     * What a caller that holds rule texts and not-checked rules accepts: the fourth version first, then the third and
     * the second (a rules-service without the fourth answers those) and the full JSON form.
     */
    public static final String ACCEPT_V4 = MEDIA_TYPE_V4 + ", " + MEDIA_TYPE_V3 + ";q=0.95, " + MEDIA_TYPE
            + ";q=0.9, application/json;q=0.5";

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
        Map<String, RuleTexts> rules = new LinkedHashMap<>();
        Map<String, Boolean> fromFinding = new HashMap<>();
        Set<String> differing = new HashSet<>();
        List<JurisdictionResult> results = evaluation.results() == null ? List.of() : evaluation.results();
        for (JurisdictionResult result : results) {
            if (result == null) {
                continue;
            }
            for (Finding finding : nonNull(result.findings())) {
                collect(rules, fromFinding, differing, finding.ruleId(), RuleTexts.of(finding), true);
            }
            for (UpcomingRule upcoming : nonNull(result.upcoming())) {
                collect(rules, fromFinding, differing, upcoming.ruleId(), RuleTexts.of(upcoming), false);
            }
        }
        differing.forEach(rules::remove);
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
            stripped.add(result.withLists(
                    mapList(result.findings(), f -> {
                        findingWhy.add(positions(f.why(), reasons));
                        return rules.containsKey(f.ruleId()) ? RuleTexts.strip(f) : f.withWhy(null);
                    }),
                    mapList(result.upcoming(), u -> {
                        upcomingWhy.add(positions(u.why(), reasons));
                        return rules.containsKey(u.ruleId()) ? RuleTexts.strip(u) : u.withWhy(null);
                    }),
                    null));
            why.add(new ResultReasons(result.findings() == null ? null : findingWhy,
                    result.upcoming() == null ? null : upcomingWhy,
                    result.notChecked() == null || result.notChecked().isEmpty() ? null
                            : positions(result.notChecked(), unchecked)));
        }
        return new CompactEvaluation(rules, List.copyOf(reasons.keySet()), why, evaluation.withResults(stripped),
                new ArrayList<>(unchecked.keySet()));
    }

    /** The third version of an evaluation's compact form: its rules' texts named by digest. */
    public static CompactEvaluationV3 byDigest(CompactEvaluation compact, RuleTextDigests digests) {
        Map<String, String> rules = new LinkedHashMap<>();
        compact.rules().forEach((ruleId, texts) -> rules.put(ruleId, digests.of(texts)));
        return new CompactEvaluationV3(rules, compact.reasons(), compact.why(), compact.evaluation(),
                compact.unchecked());
    }

    /** The fourth version of an evaluation's compact form: its rules' texts and its not-checked rules by digest. */
    public static CompactEvaluationV4 byDigestV4(CompactEvaluation compact, RuleTextDigests digests) {
        Map<String, String> rules = new LinkedHashMap<>();
        compact.rules().forEach((ruleId, texts) -> rules.put(ruleId, digests.of(texts)));
        List<UncheckedRule> rulesNotChecked = compact.unchecked() == null ? List.of() : compact.unchecked();
        List<String> unchecked = new ArrayList<>(rulesNotChecked.size());
        rulesNotChecked.forEach(rule -> unchecked.add(digests.of(rule)));
        return new CompactEvaluationV4(rules, compact.reasons(), compact.why(), compact.evaluation(), unchecked);
    }

    /**
     * The full evaluation of a compact one in the fourth version, with the texts and not-checked rules the caller
     * holds by digest.
     *
     * @throws RuleTextsNotHeldException when {@code heldTexts} or {@code heldUnchecked} has nothing for one of its
     *                                   digests (null)
     * @throws IllegalArgumentException  when the compact form has no evaluation or does not fit together
     */
    public static Evaluation expand(CompactEvaluationV4 compact, Function<String, RuleTexts> heldTexts,
            Function<String, UncheckedRule> heldUnchecked) {
        if (compact == null || compact.evaluation() == null) {
            throw new IllegalArgumentException("the compact evaluation has no evaluation");
        }
        Set<String> missing = new LinkedHashSet<>();
        Map<String, RuleTexts> rules = held(compact.rules(), heldTexts, missing);
        List<UncheckedRule> unchecked = new ArrayList<>();
        if (compact.unchecked() != null) {
            for (String digest : compact.unchecked()) {
                UncheckedRule rule = digest == null ? null : heldUnchecked.apply(digest);
                if (rule == null) {
                    missing.add(String.valueOf(digest));
                } else {
                    unchecked.add(rule);
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new RuleTextsNotHeldException(missing);
        }
        return expand(new CompactEvaluation(rules, compact.reasons(), compact.why(), compact.evaluation(), unchecked));
    }

    /** The held texts of these digests by rule id; the digests without texts go to {@code missing}. */
    private static Map<String, RuleTexts> held(Map<String, String> digests, Function<String, RuleTexts> held,
            Set<String> missing) {
        Map<String, RuleTexts> rules = new HashMap<>();
        if (digests != null) {
            digests.forEach((ruleId, digest) -> {
                RuleTexts texts = digest == null ? null : held.apply(digest);
                if (texts == null) {
                    missing.add(String.valueOf(digest));
                } else {
                    rules.put(ruleId, texts);
                }
            });
        }
        return rules;
    }

    /**
     * The full evaluation of a compact one in the third version, with the texts the caller holds by digest.
     *
     * @throws RuleTextsNotHeldException when {@code held} has no texts for one of its digests (null)
     * @throws IllegalArgumentException  when the compact form has no evaluation or does not fit together
     */
    public static Evaluation expand(CompactEvaluationV3 compact, Function<String, RuleTexts> held) {
        if (compact == null || compact.evaluation() == null) {
            throw new IllegalArgumentException("the compact evaluation has no evaluation");
        }
        Set<String> missing = new LinkedHashSet<>();
        Map<String, RuleTexts> rules = held(compact.rules(), held, missing);
        if (!missing.isEmpty()) {
            throw new RuleTextsNotHeldException(missing);
        }
        return expand(new CompactEvaluation(rules, compact.reasons(), compact.why(), compact.evaluation(),
                compact.unchecked()));
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
            full.add(result.withLists(
                    mapList(result.findings(), f -> {
                        RuleTexts texts = rules.get(f.ruleId());
                        List<String> reasonsOf = reasonsAt(findingWhy.next(), reasons);
                        return texts == null ? f.withWhy(reasonsOf) : texts.fill(f, reasonsOf);
                    }),
                    mapList(result.upcoming(), u -> {
                        RuleTexts texts = rules.get(u.ruleId());
                        List<String> reasonsOf = reasonsAt(upcomingWhy.next(), reasons);
                        return texts == null ? u.withWhy(reasonsOf) : texts.fill(u, reasonsOf);
                    }),
                    resultWhy == null || resultWhy.notChecked() == null ? result.notChecked()
                            : at(resultWhy.notChecked(), unchecked, "not-checked rule")));
        }
        return evaluation.withResults(full);
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

    /**
     * Keeps a rule's texts while every finding and upcoming rule citing it carries the same ones: two findings
     * compare all texts, anything with an upcoming rule the texts an upcoming rule carries; a finding's texts replace
     * those of an upcoming rule of the same rule (they hold more).
     */
    private static void collect(Map<String, RuleTexts> rules, Map<String, Boolean> fromFinding, Set<String> differing,
            String ruleId, RuleTexts texts, boolean finding) {
        if (ruleId == null || differing.contains(ruleId)) {
            return;
        }
        RuleTexts known = rules.get(ruleId);
        if (known == null) {
            rules.put(ruleId, texts);
            fromFinding.put(ruleId, finding);
            return;
        }
        boolean knownFromFinding = fromFinding.get(ruleId);
        if (finding && knownFromFinding ? !known.equals(texts) : !known.sameUpcomingTexts(texts)) {
            differing.add(ruleId);
            return;
        }
        if (finding && !knownFromFinding) {
            rules.put(ruleId, texts);
            fromFinding.put(ruleId, true);
        }
    }
}
