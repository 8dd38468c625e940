package io.launchcheck.rules.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Jurisdiction;
import io.launchcheck.api.JurisdictionType;

/** The jurisdiction graph: which jurisdictions contain which, walked the same way for the engine and the registry. */
class JurisdictionGraphTest {

    static final JurisdictionGraph GRAPH = JurisdictionGraph.of(List.of(
            new Jurisdiction("FR", "France", JurisdictionType.COUNTRY, null, List.of("EU"), null),
            new Jurisdiction("DE", "Germany", JurisdictionType.COUNTRY, null, List.of("EU"), null),
            new Jurisdiction("DE-BE", "Berlin", JurisdictionType.SUBDIVISION, "DE", List.of(), null),
            new Jurisdiction("DE-BY", "Bayern", JurisdictionType.SUBDIVISION, "de", List.of(), null),
            new Jurisdiction("US", "United States", JurisdictionType.COUNTRY, null, List.of(), null),
            new Jurisdiction("eu", "European Union", JurisdictionType.BLOC, null, List.of(), null)));

    record Step(String code, Relation relation, String via) {
    }

    static List<Step> walk(String target) {
        List<Step> steps = new ArrayList<>();
        GRAPH.walk(target, (code, relation, via) -> steps.add(new Step(code, relation, via)));
        return steps;
    }

    @Test
    void membersComeFromTheCountriesBlocsAndSubdivisionsFromTheirParent() {
        assertThat(GRAPH.membersOf("EU")).containsExactly("DE", "FR");
        assertThat(GRAPH.subdivisionsOf("DE")).containsExactly("DE-BE", "DE-BY");
        assertThat(GRAPH.parentOf("DE-BY")).isEqualTo("DE");
        assertThat(GRAPH.parentOf("DE")).isNull();
        assertThat(GRAPH.countries()).containsExactly("DE", "FR", "US");
    }

    @Test
    void aCountryReachesItsBlocsAndSubdivisions() {
        assertThat(walk("DE")).containsExactly(new Step("DE", Relation.SELF, null), new Step("EU", Relation.BLOC, null),
                new Step("DE-BE", Relation.SUBDIVISION, null), new Step("DE-BY", Relation.SUBDIVISION, null));
    }

    @Test
    void aSubdivisionReachesItsCountryAndTheCountrysBlocsThroughIt() {
        assertThat(walk("DE-BE")).containsExactly(new Step("DE-BE", Relation.SELF, null),
                new Step("DE", Relation.COUNTRY, null), new Step("EU", Relation.BLOC, "DE"));
    }

    @Test
    void aBlocReachesEachMemberFollowedByItsSubdivisions() {
        assertThat(walk("EU")).containsExactly(new Step("EU", Relation.SELF, null), new Step("DE", Relation.MEMBER, null),
                new Step("DE-BE", Relation.MEMBER, "DE"), new Step("DE-BY", Relation.MEMBER, "DE"),
                new Step("FR", Relation.MEMBER, null));
        assertThat(GRAPH.reaching("EU")).containsExactly("DE", "DE-BE", "DE-BY", "EU", "FR");
    }

    @Test
    void aGraphWithSomeSubdivisionsWalksToTheSameOfThemAndToNoOther() {
        JurisdictionGraph among = GRAPH.withSubdivisionsAmong(List.of("DE-BY", "FR", "XX"));
        for (String target : List.of("EU", "DE", "DE-BE", "DE-BY", "FR", "US", "XX")) {
            List<Step> steps = new ArrayList<>();
            among.walk(target, (code, relation, via) -> steps.add(new Step(code, relation, via)));
            assertThat(steps).as(target).isEqualTo(walk(target).stream()
                    .filter(step -> !step.code().equals("DE-BE") || target.equals("DE-BE")).toList());
        }
        assertThat(among.subdivisionsOf("DE")).containsExactly("DE-BY");
        assertThat(among.membersOf("EU")).containsExactly("DE", "FR");
        assertThat(among.parentOf("DE-BE")).isEqualTo("DE");
    }

    @Test
    void anUnknownTargetReachesOnlyItself() {
        assertThat(walk("XX")).containsExactly(new Step("XX", Relation.SELF, null));
    }

    @Test
    void blocsStandForTheirMembersAndSubdivisionsForTheirCountry() {
        assertThat(GRAPH.countriesOf(List.of("us", " eu "))).containsExactly("US", "DE", "FR");
        assertThat(GRAPH.homeCountriesOf("DE-BY")).containsExactly("DE");
        assertThat(GRAPH.homeCountriesOf("EU")).containsExactlyInAnyOrder("DE", "FR");
    }
}
