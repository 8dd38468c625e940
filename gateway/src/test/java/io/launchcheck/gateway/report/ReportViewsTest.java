package io.launchcheck.gateway.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;

/** The view a report page shows, built from per-jurisdiction results over the map the build made. */
class ReportViewsTest {

    private static final LocalDate AS_OF = LocalDate.parse("2025-03-01");
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static ReportViews views;

    @BeforeAll
    static void loadTheBuiltMap() {
        WorldMap map = new WorldMap(JSON);
        map.load();
        views = new ReportViews(map, JSON);
    }

    private static ReportView.Target target(String code, Verdict verdict, UpcomingRule... upcoming) {
        return views.target(code, verdict, List.of(), List.of(), List.of(upcoming), List.of());
    }

    private static UpcomingRule upcoming(String code, String date) {
        return new UpcomingRule(code.toLowerCase() + "-rule", RuleKind.NATIONWIDE_BAN, Severity.BLOCKING, code,
                LocalDate.parse(date), "A ban", List.of(), "A law", null);
    }

    private static ReportView report(ReportView.Target... targets) {
        return views.build("Launch map", "acme", "id", Verdict.NON_COMPLIANT, AS_OF, 7, false,
                Instant.parse("2025-03-01T10:15:30Z"), List.of(targets));
    }

    private static Map<String, ReportView.MapShape> shapes(ReportView report) {
        return report.map().shapes().stream().filter(shape -> !shape.code().isEmpty())
                .collect(Collectors.toMap(ReportView.MapShape::code, Function.identity()));
    }

    @Test
    void theMapHasEveryCountryByItsIsoCodeFromNaturalEarth() {
        ReportView report = report();
        assertThat(shapes(report)).hasSizeGreaterThan(230).containsKeys("IT", "DE", "US", "CN", "BR", "SG", "MT", "VA");
        assertThat(shapes(report).get("SG").marker()).isTrue();
        assertThat(shapes(report).get("IT").marker()).isFalse();
        assertThat(shapes(report).values()).allMatch(shape -> shape.cssClass().equals("v-none"));
        assertThat(report.map().attribution()).contains("Natural Earth");
        assertThat(report.map().viewBox()).isEqualTo("0 0 960 470");
    }

    @Test
    void coloursEachCountryByItsVerdictAndASubdivisionsCountryByTheWorstOfThem() {
        Map<String, ReportView.MapShape> shapes = shapes(report(target("IT", Verdict.NON_COMPLIANT),
                target("KR", Verdict.NEEDS_REVIEW), target("DE", Verdict.COMPLIANT),
                target("US-TX", Verdict.NON_COMPLIANT), target("US-CA", Verdict.COMPLIANT),
                target("AU", Verdict.COMPLIANT), target("AU-NSW", Verdict.NON_COMPLIANT)));
        assertThat(shapes.get("IT").cssClass()).isEqualTo("v-blocked");
        assertThat(shapes.get("KR").cssClass()).isEqualTo("v-review");
        assertThat(shapes.get("DE").cssClass()).isEqualTo("v-compliant");
        assertThat(shapes.get("US").cssClass()).isEqualTo("v-blocked");
        assertThat(shapes.get("US").label()).contains("US-CA Compliant", "US-TX Non-compliant");
        // a country that is a target itself keeps its own verdict
        assertThat(shapes.get("AU").cssClass()).isEqualTo("v-compliant");
        assertThat(shapes.get("FR").cssClass()).isEqualTo("v-none");
        assertThat(shapes.get("FR").label()).isEqualTo("France: not assessed");
    }

    @Test
    void ordersTargetsWorstFirstCountsThemAndNamesThoseTheMapCannotShow() {
        ReportView report = report(target("DE", Verdict.COMPLIANT), target("EU", Verdict.NEEDS_REVIEW),
                target("IT", Verdict.NON_COMPLIANT), target("US-TX", Verdict.NON_COMPLIANT));
        assertThat(report.targets()).extracting(ReportView.Target::code).containsExactly("IT", "US-TX", "EU", "DE");
        assertThat(report.targets()).extracting(ReportView.Target::name)
                .containsExactly("Italy", "US-TX, United States of America", "EU", "Germany");
        assertThat(report.totals()).extracting(ReportView.Total::verdict, ReportView.Total::count).containsExactly(
                tuple(Verdict.NON_COMPLIANT, 2),
                tuple(Verdict.NEEDS_REVIEW, 1),
                tuple(Verdict.COMPLIANT, 1));
        assertThat(report.offMap()).containsExactly("EU");
        assertThat(report.evaluatedAtText()).isEqualTo("2025-03-01 10:15 UTC");
    }

    @Test
    void putsTheUpcomingDatesOnOneTimelineSoonestFirst() {
        ReportView report = report(target("DE", Verdict.COMPLIANT, upcoming("DE", "2026-08-02")),
                target("IT", Verdict.NEEDS_REVIEW, upcoming("IT", "2025-06-01")),
                target("FR", Verdict.COMPLIANT, upcoming("FR", "2026-08-02")));
        assertThat(report.timeline()).extracting(ReportView.TimelineDate::date)
                .containsExactly(LocalDate.parse("2025-06-01"), LocalDate.parse("2026-08-02"));
        assertThat(report.timeline().get(0).daysAfterAsOf()).isEqualTo(92);
        assertThat(report.timeline().get(1).entries()).extracting(ReportView.TimelineEntry::jurisdiction)
                .containsExactlyInAnyOrder("DE", "FR");
    }

    @Test
    void readsAdviceWhereAResultCarriesItAndNothingWhereItDoesNot() throws Exception {
        List<ReportView.Advice> advice = ReportViews.advice(JSON.readTree("""
                [{"change": "Store user data in the EU", "verdict": "COMPLIANT", "clears": ["it-ban"], "adds": []},
                 {"description": "Self-host the weights", "verdictAfter": "NEEDS_REVIEW",
                  "cleared": [{"ruleId": "it-ban"}], "added": ["eu-transfers"]},
                 {"verdict": "COMPLIANT"}]
                """));
        assertThat(advice).containsExactly(
                new ReportView.Advice("Store user data in the EU", Verdict.COMPLIANT, List.of("it-ban"), List.of()),
                new ReportView.Advice("Self-host the weights", Verdict.NEEDS_REVIEW, List.of("it-ban"),
                        List.of("eu-transfers")));
        assertThat(ReportViews.advice(JSON.readTree("{}").path("advice"))).isEmpty();
        assertThat(report(views.target("IT", Verdict.NON_COMPLIANT, List.of(), List.of(), List.of(), advice))
                .hasAdvice()).isTrue();
        assertThat(report(target("IT", Verdict.NON_COMPLIANT)).hasAdvice()).isFalse();
    }

    @Test
    void readsTheAdviceAsTheRulesEngineStoresItAndNamesALaunchMapsScope() throws Exception {
        List<ReportView.Advice> advice = ReportViews.advice(JSON.readTree("""
                [{"changes": [{"lever": "SELF_HOST", "field": "hosting.mode", "value": null,
                               "summary": "Run the model on your own servers"},
                              {"lever": "STORE_DATA_IN", "field": "hosting.dataCountries", "value": "DE",
                               "summary": "Store user data in Germany only"}],
                  "verdict": "COMPLIANT", "clears": ["it-ban", "eu-transfers"], "adds": []}]
                """));
        assertThat(advice).containsExactly(new ReportView.Advice(
                "Run the model on your own servers and Store user data in Germany only", Verdict.COMPLIANT,
                List.of("it-ban", "eu-transfers"), List.of()));

        assertThat(ReportViews.scope(new io.launchcheck.api.LaunchScope(io.launchcheck.api.LaunchScope.Kind.BLOC, "EU",
                null), 27)).isEqualTo("The EU bloc's member countries: 27 jurisdictions");
        assertThat(ReportViews.scope(new io.launchcheck.api.LaunchScope(io.launchcheck.api.LaunchScope.Kind.WORLD,
                null, List.of("US")), 300)).isEqualTo("Every country of the world, with the subdivisions of US: 300 "
                        + "jurisdictions");
        ReportView scoped = views.build("Launch map", "acme", "id", Verdict.NON_COMPLIANT, AS_OF, 7, false,
                Instant.parse("2025-03-01T10:15:30Z"), List.of(target("IT", Verdict.NON_COMPLIANT)), "The EU");
        assertThat(scoped.scope()).isEqualTo("The EU");
        assertThat(report(target("IT", Verdict.NON_COMPLIANT)).scope()).isNull();
    }
}
