package io.launchcheck.gateway.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import io.launchcheck.api.Finding;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;

/**
 * What a report page shows, independent of where the results came from: an assessment's targets today, a launch
 * map's (one profile judged against every country) with the same view. Built by {@link ReportViews}; rendered by
 * the Qute template {@code templates/ReportTemplates/report.html}.
 *
 * @param kind           what is reported ("Assessment", "Launch map")
 * @param title          the app's name
 * @param overall        the worst verdict of the targets, or null where a report has no single overall verdict
 * @param rulesetStale   true when the rules-service judged with a ruleset it could not confirm as current; null
 *                       when unknown
 * @param totals         how many targets got each verdict, worst first
 * @param targets        per jurisdiction, worst verdict first
 * @param timeline       the upcoming rules' dates, soonest first
 * @param offMap         target codes the map cannot show (blocs, codes without a shape)
 * @param scope          what a launch map covers, in words ("The EU's member countries (27)"); null for an
 *                       assessment, whose targets are listed one by one
 * @param notChecked     the rules that reached some target but could not be checked (the profile states neither
 *                       useCases nor role), each once with the targets it reached
 * @param shared         findings that several targets share (same rule, same texts), each once with the targets it
 *                       applies in; their targets list them by reference only. Empty where a report lists every
 *                       finding under each target (an assessment's)
 */
public record ReportView(
        String kind,
        String title,
        String id,
        Verdict overall,
        LocalDate asOf,
        long rulesetVersion,
        Boolean rulesetStale,
        Instant evaluatedAt,
        List<Total> totals,
        List<Target> targets,
        List<TimelineDate> timeline,
        MapView map,
        List<String> offMap,
        String scope,
        List<NotChecked> notChecked,
        List<SharedFinding> shared) {

    /** A report without a scope in words (an assessment's) and without rules left unchecked. */
    public ReportView(String kind, String title, String id, Verdict overall, LocalDate asOf, long rulesetVersion,
            Boolean rulesetStale, Instant evaluatedAt, List<Total> totals, List<Target> targets,
            List<TimelineDate> timeline, MapView map, List<String> offMap) {
        this(kind, title, id, overall, asOf, rulesetVersion, rulesetStale, evaluatedAt, totals, targets, timeline, map,
                offMap, null, List.of(), List.of());
    }

    /** A report without rules left unchecked. */
    public ReportView(String kind, String title, String id, Verdict overall, LocalDate asOf, long rulesetVersion,
            Boolean rulesetStale, Instant evaluatedAt, List<Total> totals, List<Target> targets,
            List<TimelineDate> timeline, MapView map, List<String> offMap, String scope) {
        this(kind, title, id, overall, asOf, rulesetVersion, rulesetStale, evaluatedAt, totals, targets, timeline, map,
                offMap, scope, List.of(), List.of());
    }

    /** Whether any target carries advice. */
    public boolean hasAdvice() {
        return targets.stream().anyMatch(target -> !target.advice().isEmpty());
    }

    /** When it was judged, to the minute in UTC. */
    public String evaluatedAtText() {
        return timestamp(evaluatedAt);
    }

    public String overallLabel() {
        return label(overall);
    }

    public String overallClass() {
        return cssClass(overall);
    }

    /** How many targets got one verdict. */
    public record Total(Verdict verdict, int count) {

        public String label() {
            return ReportView.label(verdict);
        }

        public String cssClass() {
            return ReportView.cssClass(verdict);
        }
    }

    /**
     * One judged jurisdiction.
     *
     * @param name          a readable name (the country's, or the code where none is known)
     * @param findings      the rules that apply, with legal basis, sources and confidence (may be empty where a
     *                      report carries only the deciding rules' ids)
     * @param decidingRules the ids of the rules that decided the verdict
     * @param upcoming      rules taking effect after {@code asOf}
     * @param advice        verified changes to the profile and what they do to this target's verdict
     * @param shared        findings of this target shown once for several targets ({@link ReportView#shared}),
     *                      which {@code findings} then leaves out
     */
    public record Target(String code, String name, Verdict verdict, List<Finding> findings, List<String> decidingRules,
            List<UpcomingRule> upcoming, List<Advice> advice, List<SharedRef> shared) {

        /** A target that shares no finding shown once for several targets. */
        public Target(String code, String name, Verdict verdict, List<Finding> findings, List<String> decidingRules,
                List<UpcomingRule> upcoming, List<Advice> advice) {
            this(code, name, verdict, findings, decidingRules, upcoming, advice, List.of());
        }

        /** This target with these findings in full and those shown once for several targets by reference. */
        public Target sharing(List<Finding> own, List<SharedRef> references) {
            return new Target(code, name, verdict, own, decidingRules, upcoming, advice, references);
        }

        public String label() {
            return ReportView.label(verdict);
        }

        public String cssClass() {
            return ReportView.cssClass(verdict);
        }
    }

    /**
     * A change to the profile, re-judged against the same ruleset version.
     *
     * @param change       what to change, in words
     * @param verdictAfter this target's verdict after the change
     * @param clears       the rules the change clears
     * @param adds         the rules the change brings in
     */
    public record Advice(String change, Verdict verdictAfter, List<String> clears, List<String> adds) {

        public String label() {
            return ReportView.label(verdictAfter);
        }

        public String cssClass() {
            return ReportView.cssClass(verdictAfter);
        }
    }

    /**
     * A rule that could not be checked, shown once with every target it reached.
     *
     * @param rule    the rule as the answer lists it
     * @param targets the targets it reached, in the answer's order
     */
    public record NotChecked(UncheckedRule rule, List<Reached> targets) {

        public int count() {
            return targets.size();
        }
    }

    /**
     * A finding several targets share (same rule id, same texts), shown once.
     *
     * @param number  its place among the shared findings, from 1 (its anchor is {@code shared-<number>})
     * @param finding the finding, its reasons those of every target it names; a reason that only names the target
     *                ("Target DE is a member of EU") is left out, as {@code targets} says it
     * @param targets the targets it applies in, in the answer's order
     */
    public record SharedFinding(int number, Finding finding, List<Reached> targets) {

        public int count() {
            return targets.size();
        }
    }

    /** A target's pointer to a finding shown once for several targets. */
    public record SharedRef(int number, String ruleId) {
    }

    /** A target named where something reached it, linking to its findings. */
    public record Reached(String code, String name) {
    }

    /** The rules taking effect on one date. */
    public record TimelineDate(LocalDate date, long daysAfterAsOf, List<TimelineEntry> entries) {
    }

    /** One upcoming rule on the timeline. */
    public record TimelineEntry(String jurisdiction, String ruleId, Severity severity, String message,
            String legalBasis, String sourceUrl) {

        public boolean blocking() {
            return severity == Severity.BLOCKING;
        }
    }

    /** The coloured world map and where its shapes come from. */
    public record MapView(int width, int height, List<MapShape> shapes, String source, String attribution) {

        public String viewBox() {
            return "0 0 " + width + " " + height;
        }
    }

    /**
     * One country on the map.
     *
     * @param code     ISO 3166-1 alpha-2, empty for the few shapes Natural Earth gives none (e.g. Kosovo)
     * @param d        SVG path data
     * @param marker   a round marker standing for a country too small to draw
     * @param cssClass the verdict's class ({@code v-none} when not assessed)
     * @param label    the tooltip
     */
    public record MapShape(String code, String d, boolean marker, String cssClass, String label) {
    }

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    /** An instant as pages show it: to the minute, in UTC. */
    public static String timestamp(Instant instant) {
        return instant == null ? "" : TIMESTAMP.format(instant);
    }

    static String label(Verdict verdict) {
        if (verdict == null) {
            return "Not assessed";
        }
        return switch (verdict) {
            case COMPLIANT -> "Compliant";
            case NEEDS_REVIEW -> "Needs review";
            case NON_COMPLIANT -> "Non-compliant";
        };
    }

    static String cssClass(Verdict verdict) {
        if (verdict == null) {
            return "v-none";
        }
        return switch (verdict) {
            case COMPLIANT -> "v-compliant";
            case NEEDS_REVIEW -> "v-review";
            case NON_COMPLIANT -> "v-blocked";
        };
    }
}
