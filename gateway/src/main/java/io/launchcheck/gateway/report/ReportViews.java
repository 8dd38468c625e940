package io.launchcheck.gateway.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.gateway.domain.Assessment;
import io.launchcheck.gateway.domain.AssessmentBody;
import io.launchcheck.gateway.domain.LaunchMap;
import io.launchcheck.gateway.domain.LaunchMapBody;
import io.launchcheck.gateway.domain.LaunchMapUncheckedRule;

/**
 * The one place that turns results into a {@link ReportView}: {@link #assessment(Assessment)} for a stored
 * assessment, {@link #build} for any list of per-jurisdiction results (what a launch map has) with the same
 * totals, timeline and map colouring.
 */
@ApplicationScoped
public class ReportViews {

    private final WorldMap worldMap;
    private final ObjectMapper json;

    public ReportViews(WorldMap worldMap, ObjectMapper json) {
        this.worldMap = worldMap;
        this.json = json;
    }

    /** The report of a stored assessment, read from the answer exactly as it was stored. */
    public ReportView assessment(Assessment stored) {
        AssessmentBody body = read(stored.body, AssessmentBody.class, "assessment");
        List<JurisdictionResult> results = body.results() == null ? List.of() : body.results();
        return build("Assessment", body.app(), body.id().toString(), body.overall(), body.asOf(),
                body.rulesetVersion(), body.ruleset() == null ? null : body.ruleset().stale(), body.evaluatedAt(),
                targets(results, tree(stored.body)), null, notChecked(LaunchMapUncheckedRule.grouped(results)));
    }

    /**
     * The report of a stored launch map, read from the answer exactly as it was stored: per jurisdiction its verdict,
     * the deciding rules (its findings' ids), upcoming dates and advice; the scope named under the title; the rules
     * it could not check once each, with the targets they reached (from the map's {@code notChecked}, or, for a map
     * stored before that list existed, from its results' own lists).
     */
    public ReportView launchMap(LaunchMap stored) {
        LaunchMapBody body = read(stored.body, LaunchMapBody.class, "launch map");
        List<JurisdictionResult> results = body.results() == null ? List.of() : body.results();
        List<ReportView.Target> judged = targets(results, tree(stored.body));
        List<ReportView.SharedFinding> shared = new ArrayList<>();
        List<ReportView.Target> targets = shareFindings(judged, shared);
        List<LaunchMapUncheckedRule> notChecked = body.notChecked() == null || body.notChecked().isEmpty()
                ? LaunchMapUncheckedRule.grouped(results)
                : body.notChecked();
        return build("Launch map", body.app(), body.id().toString(), body.overall(), body.asOf(),
                body.rulesetVersion(), body.ruleset() == null ? null : body.ruleset().stale(), body.evaluatedAt(),
                targets, scope(body.scope(), targets.size()), notChecked(notChecked), shared);
    }

    /**
     * The targets with every finding that two or more of them share (same rule id and texts, their reasons apart from
     * the one naming the target itself) taken out into {@code shared}, once each with the targets it applies in, in
     * the targets' order; each target keeps a reference to it. An EU map shows the EU's own findings once instead of
     * under each of the 27 members.
     */
    static List<ReportView.Target> shareFindings(List<ReportView.Target> targets, List<ReportView.SharedFinding> shared) {
        Map<Finding, List<ReportView.Target>> reached = new LinkedHashMap<>();
        for (ReportView.Target target : targets) {
            for (Finding finding : target.findings()) {
                reached.computeIfAbsent(common(finding, target.code()), f -> new ArrayList<>()).add(target);
            }
        }
        Map<Finding, Integer> numbers = new LinkedHashMap<>();
        reached.forEach((finding, where) -> {
            if (where.size() > 1) {
                numbers.put(finding, numbers.size() + 1);
                shared.add(new ReportView.SharedFinding(numbers.size(), finding, where.stream()
                        .map(target -> new ReportView.Reached(target.code(), target.name())).toList()));
            }
        });
        if (numbers.isEmpty()) {
            return targets;
        }
        List<ReportView.Target> sharing = new ArrayList<>();
        for (ReportView.Target target : targets) {
            List<Finding> own = new ArrayList<>();
            List<ReportView.SharedRef> references = new ArrayList<>();
            for (Finding finding : target.findings()) {
                Integer number = numbers.get(common(finding, target.code()));
                if (number == null) {
                    own.add(finding);
                } else {
                    references.add(new ReportView.SharedRef(number, finding.ruleId()));
                }
            }
            sharing.add(references.isEmpty() ? target : target.sharing(own, references));
        }
        return sharing;
    }

    /** The finding without the reasons that only name the target it was found for ("Target DE is ..."). */
    private static Finding common(Finding finding, String target) {
        if (finding.why() == null) {
            return finding;
        }
        String own = "Target " + target + " ";
        List<String> why = finding.why().stream().filter(reason -> !reason.startsWith(own)).toList();
        return new Finding(finding.ruleId(), finding.kind(), finding.severity(), finding.status(),
                finding.jurisdiction(), finding.organization(), finding.message(), why, finding.legalBasis(),
                finding.authority(), finding.sourceUrl(), finding.remediation(), finding.confidence(),
                finding.effectiveFrom(), finding.effectiveTo(), finding.waived());
    }

    /** The rules left unchecked as a page shows them: each once, its targets named. */
    private List<ReportView.NotChecked> notChecked(List<LaunchMapUncheckedRule> rules) {
        return rules.stream()
                .map(rule -> new ReportView.NotChecked(rule.rule(), rule.targets().stream()
                        .map(code -> new ReportView.Reached(code, name(code))).toList()))
                .toList();
    }

    /** A launch map's scope in words, e.g. "The EU's member countries: 27 jurisdictions". */
    static String scope(LaunchScope scope, int jurisdictions) {
        if (scope == null) {
            return null;
        }
        String where = scope.kind() == LaunchScope.Kind.BLOC
                ? "The " + scope.bloc() + " bloc's member countries"
                : "Every country of the world";
        String subdivisions = scope.subdivisionsOf() == null || scope.subdivisionsOf().isEmpty() ? ""
                : ", with the subdivisions of " + String.join(", ", scope.subdivisionsOf());
        return where + subdivisions + ": " + jurisdictions + (jurisdictions == 1 ? " jurisdiction" : " jurisdictions");
    }

    /** One target per stored result, the advice read from the stored tree ({@code results[i].advice}). */
    private List<ReportView.Target> targets(List<JurisdictionResult> stored, JsonNode tree) {
        List<ReportView.Target> targets = new ArrayList<>();
        List<JurisdictionResult> results = stored == null ? List.of() : stored;
        for (int i = 0; i < results.size(); i++) {
            JurisdictionResult result = results.get(i);
            List<Finding> findings = result.findings() == null ? List.of() : result.findings();
            targets.add(target(result.jurisdiction(), result.verdict(), findings,
                    findings.stream().map(Finding::ruleId).toList(),
                    result.upcoming() == null ? List.of() : result.upcoming(),
                    advice(tree.path("results").path(i).path("advice"))));
        }
        return targets;
    }

    private <T> T read(String stored, Class<T> type, String what) {
        try {
            return StrictJson.tolerant(json, type).readValue(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored " + what, e);
        }
    }

    private JsonNode tree(String stored) {
        try {
            return json.readTree(stored);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read a stored answer", e);
        }
    }

    /** A target of a report, named from the map where the code is a country. */
    public ReportView.Target target(String code, Verdict verdict, List<Finding> findings, List<String> decidingRules,
            List<UpcomingRule> upcoming, List<ReportView.Advice> advice) {
        return new ReportView.Target(code, name(code), verdict, findings, decidingRules, upcoming, advice);
    }

    /**
     * A report over per-jurisdiction targets: the targets worst first, totals per verdict, the upcoming dates, and
     * the map coloured by verdict (a subdivision's verdict colours its country when the country is no target
     * itself: the worst of its subdivisions, each named in the tooltip).
     */
    public ReportView build(String kind, String title, String id, Verdict overall, LocalDate asOf, long rulesetVersion,
            Boolean rulesetStale, Instant evaluatedAt, List<ReportView.Target> targets) {
        return build(kind, title, id, overall, asOf, rulesetVersion, rulesetStale, evaluatedAt, targets, null);
    }

    /** As {@link #build(String, String, String, Verdict, LocalDate, long, Boolean, Instant, List)}, with
     * the scope in words shown under the title. */
    public ReportView build(String kind, String title, String id, Verdict overall, LocalDate asOf, long rulesetVersion,
            Boolean rulesetStale, Instant evaluatedAt, List<ReportView.Target> targets, String scope) {
        return build(kind, title, id, overall, asOf, rulesetVersion, rulesetStale, evaluatedAt, targets, scope,
                List.of());
    }

    /** As {@link #build(String, String, String, Verdict, LocalDate, long, Boolean, Instant, List, String)}, with the
     * rules that could not be checked, each once with the targets it reached. */
    public ReportView build(String kind, String title, String id, Verdict overall, LocalDate asOf, long rulesetVersion,
            Boolean rulesetStale, Instant evaluatedAt, List<ReportView.Target> targets, String scope,
            List<ReportView.NotChecked> notChecked) {
        return build(kind, title, id, overall, asOf, rulesetVersion, rulesetStale, evaluatedAt, targets, scope,
                notChecked, List.of());
    }

    /** As {@link #build(String, String, String, Verdict, LocalDate, long, Boolean, Instant, List, String, List)},
     * with the findings several targets share shown once (the targets refer to them). */
    public ReportView build(String kind, String title, String id, Verdict overall, LocalDate asOf, long rulesetVersion,
            Boolean rulesetStale, Instant evaluatedAt, List<ReportView.Target> targets, String scope,
            List<ReportView.NotChecked> notChecked, List<ReportView.SharedFinding> shared) {
        List<ReportView.Target> sorted = targets.stream()
                .sorted(Comparator.comparing((ReportView.Target target) -> target.verdict().ordinal()).reversed()
                        .thenComparing(ReportView.Target::code))
                .toList();
        Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
        sorted.forEach(target -> counts.merge(target.verdict(), 1, Integer::sum));
        List<ReportView.Total> totals = new ArrayList<>();
        for (Verdict verdict : List.of(Verdict.NON_COMPLIANT, Verdict.NEEDS_REVIEW, Verdict.COMPLIANT)) {
            totals.add(new ReportView.Total(verdict, counts.getOrDefault(verdict, 0)));
        }
        return new ReportView(kind, title, id, overall, asOf, rulesetVersion, rulesetStale, evaluatedAt, totals,
                sorted, timeline(sorted, asOf), map(sorted), offMap(sorted), scope, notChecked, shared);
    }

    private ReportView.MapView map(List<ReportView.Target> targets) {
        Map<String, Verdict> verdicts = new LinkedHashMap<>();
        Map<String, List<ReportView.Target>> subdivisions = new TreeMap<>();
        for (ReportView.Target target : targets) {
            String code = target.code().toUpperCase(Locale.ROOT);
            int dash = code.indexOf('-');
            if (dash < 0) {
                verdicts.put(code, target.verdict());
            } else {
                subdivisions.computeIfAbsent(code.substring(0, dash), country -> new ArrayList<>()).add(target);
            }
        }
        Map<String, String> labels = new LinkedHashMap<>();
        subdivisions.forEach((country, parts) -> {
            if (!verdicts.containsKey(country)) {
                verdicts.put(country, parts.stream().map(ReportView.Target::verdict).reduce(Verdict.COMPLIANT,
                        Verdict::worst));
                labels.put(country, worldMap.name(country).orElse(country) + ": " + parts.stream()
                        .map(part -> part.code() + " " + part.label()).collect(Collectors.joining(", ")));
            }
        });
        return worldMap.colour(verdicts, labels);
    }

    private List<String> offMap(List<ReportView.Target> targets) {
        return targets.stream().map(ReportView.Target::code)
                .filter(code -> worldMap.name(code.contains("-") ? code.substring(0, code.indexOf('-')) : code).isEmpty())
                .toList();
    }

    private static List<ReportView.TimelineDate> timeline(List<ReportView.Target> targets, LocalDate asOf) {
        Map<LocalDate, List<ReportView.TimelineEntry>> byDate = new TreeMap<>();
        for (ReportView.Target target : targets) {
            for (UpcomingRule upcoming : target.upcoming()) {
                byDate.computeIfAbsent(upcoming.effectiveFrom(), date -> new ArrayList<>())
                        .add(new ReportView.TimelineEntry(target.code(), upcoming.ruleId(), upcoming.severity(),
                                upcoming.message(), upcoming.legalBasis(), upcoming.sourceUrl()));
            }
        }
        return byDate.entrySet().stream()
                .map(e -> new ReportView.TimelineDate(e.getKey(),
                        asOf == null ? 0 : ChronoUnit.DAYS.between(asOf, e.getKey()), e.getValue()))
                .toList();
    }

    private String name(String code) {
        int dash = code.indexOf('-');
        if (dash < 0) {
            return worldMap.name(code).orElse(code);
        }
        return worldMap.name(code.substring(0, dash)).map(country -> code + ", " + country).orElse(code);
    }

    /**
     * Advice as a target carries it in the stored answer ({@code results[i].advice}, a list of changes re-judged by
     * the rules engine), read leniently so that answers stored with or without it both render: the change's
     * description ({@code change}, else {@code description}, else {@code summary}, else the {@code summary} of each
     * of its {@code changes} joined with "and", as {@link io.launchcheck.api.Advice} stores it), the verdict after it
     * ({@code verdict}, else {@code verdictAfter}) and the rule ids it clears and adds. Nothing is shown for a
     * target without advice.
     */
    static List<ReportView.Advice> advice(JsonNode advice) {
        if (!advice.isArray()) {
            return List.of();
        }
        List<ReportView.Advice> items = new ArrayList<>();
        for (JsonNode item : advice) {
            String change = text(item, "change", "description", "summary");
            if (change == null && item.path("changes").isArray()) {
                List<String> summaries = new ArrayList<>();
                item.path("changes").forEach(part -> {
                    String summary = text(part, "summary");
                    if (summary != null) {
                        summaries.add(summary);
                    }
                });
                change = summaries.isEmpty() ? null : String.join(" and ", summaries);
            }
            if (change == null) {
                continue;
            }
            String verdict = text(item, "verdict", "verdictAfter");
            Verdict after = null;
            if (verdict != null) {
                try {
                    after = Verdict.of(verdict);
                } catch (IllegalArgumentException e) {
                    after = null;
                }
            }
            items.add(new ReportView.Advice(change, after, ids(item, "clears", "cleared"), ids(item, "adds", "added")));
        }
        return items;
    }

    private static String text(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.path(name);
            if (value.isTextual() && !value.asText().isBlank()) {
                return value.asText();
            }
        }
        return null;
    }

    private static List<String> ids(JsonNode node, String... names) {
        for (String name : names) {
            JsonNode value = node.path(name);
            if (value.isArray()) {
                List<String> ids = new ArrayList<>();
                value.forEach(id -> ids.add(id.isTextual() ? id.asText() : id.path("ruleId").asText(null)));
                return ids.stream().filter(Objects::nonNull).toList();
            }
        }
        return List.of();
    }
}
