package io.launchcheck.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * Every set a record carries iterates in one order (an enum's declaration order), however it was built or read, so the
 * same input gives the same JSON in every start of a service.
 */
class OrderedSetsTest {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /** In reverse declaration order: the order a set built in the other direction would keep. */
    private static <E extends Enum<E>> Set<E> reversed(Set<E> values) {
        List<E> list = new ArrayList<>(EnumSet.copyOf(values));
        Collections.reverse(list);
        return new LinkedHashSet<>(list);
    }

    private static final Set<UseCase> USES = EnumSet.of(UseCase.CONTENT_GENERATION, UseCase.EMPLOYMENT,
            UseCase.CREDIT_SCORING, UseCase.MINORS_AS_USERS);
    private static final Set<TeamRole> ROLES = EnumSet.of(TeamRole.PROVIDER, TeamRole.DEPLOYER, TeamRole.DISTRIBUTOR);

    private static DeploymentProfile profile(Set<UseCase> useCases, Set<Segment> segments, Set<Sector> sectors) {
        return new DeploymentProfile(new DeploymentProfile.App("acme-assistant", "OpenAI", null, null),
                new DeploymentProfile.Hosting(HostingMode.VENDOR_API, null, List.of("IE")), true,
                List.of(new DeploymentProfile.Target("IT", segments, sectors, List.of())), LocalDate.parse("2026-03-01"),
                useCases, TeamRole.DEPLOYER);
    }

    private static Rule rule(Set<Segment> segments, Set<HostingMode> modes, Set<UseCase> useCases, Set<TeamRole> roles,
            Set<Verdict> notVerdicts) {
        RuleTest test = new RuleTest("a hiring screen", profile(useCases, segments, null), "IT", null, notVerdicts, true);
        return new Rule("eu-ai-act-annex-iii", "EU", null, RuleKind.OBLIGATION, "High-risk uses", null, null, segments,
                null, modes, null, false, Severity.WARNING, RuleStatus.IN_FORCE, LocalDate.parse("2026-08-02"), null,
                null, null, null, null, null, List.of(), null, null, null, Confidence.HIGH, null, 3L, useCases, roles,
                List.of(test));
    }

    @Test
    void aProfileListsItsUseCasesSegmentsAndSectorsInDeclarationOrderHoweverTheyCame() throws Exception {
        Set<Segment> segments = EnumSet.of(Segment.CONSUMER, Segment.GOVERNMENT, Segment.STATE_OWNED_ENTERPRISE);
        Set<Sector> sectors = EnumSet.of(Sector.ENERGY, Sector.HEALTH, Sector.PUBLIC_ADMINISTRATION);
        DeploymentProfile forward = profile(new LinkedHashSet<>(USES), new LinkedHashSet<>(segments),
                new LinkedHashSet<>(sectors));
        DeploymentProfile backward = profile(reversed(USES), reversed(segments), reversed(sectors));

        assertThat(JSON.writeValueAsString(backward)).isEqualTo(JSON.writeValueAsString(forward));
        assertThat(backward.useCases()).containsExactly(UseCase.CONTENT_GENERATION, UseCase.EMPLOYMENT,
                UseCase.CREDIT_SCORING, UseCase.MINORS_AS_USERS);
        assertThat(backward.targets().get(0).segments()).containsExactly(Segment.CONSUMER, Segment.GOVERNMENT,
                Segment.STATE_OWNED_ENTERPRISE);
        assertThat(backward.targets().get(0).sectors()).containsExactly(Sector.ENERGY, Sector.HEALTH,
                Sector.PUBLIC_ADMINISTRATION);
    }

    @Test
    void jsonReadInAnotherOrderIsWrittenInDeclarationOrder() throws Exception {
        DeploymentProfile read = JSON.readValue("""
                {"app": {"name": "acme-assistant"}, "hosting": {"mode": "SELF_HOSTED"},
                 "targets": [{"jurisdiction": "IT", "segments": ["MILITARY", "CONSUMER", "ENTERPRISE"]}],
                 "useCases": ["MINORS_AS_USERS", "EMPLOYMENT", "DEEPFAKE", "CONVERSATIONAL_ASSISTANT"]}
                """, DeploymentProfile.class);
        String written = JSON.writeValueAsString(read);
        assertThat(written).contains(
                "\"useCases\":[\"CONVERSATIONAL_ASSISTANT\",\"DEEPFAKE\",\"EMPLOYMENT\",\"MINORS_AS_USERS\"]");
        assertThat(written).contains("\"segments\":[\"CONSUMER\",\"ENTERPRISE\",\"MILITARY\"]");
    }

    @Test
    void absentUseCasesStayAbsentAndAnEmptyListStaysEmpty() throws Exception {
        DeploymentProfile unstated = profile(null, null, null);
        assertThat(unstated.useCases()).isNull();
        assertThat(unstated.targets().get(0).segments()).isNull();
        assertThat(unstated.statesUseOrRole()).isTrue(); // its role is stated
        assertThat(JSON.writeValueAsString(unstated)).doesNotContain("useCases");

        DeploymentProfile none = profile(Set.of(), Set.of(), Set.of());
        assertThat(none.useCases()).isEmpty();
        assertThat(JSON.writeValueAsString(none)).contains("\"useCases\":[]");
        assertThat(JSON.readValue("{\"app\": {\"name\": \"a\"}, \"hosting\": {\"mode\": \"SELF_HOSTED\"}, "
                + "\"targets\": [{\"jurisdiction\": \"IT\"}]}", DeploymentProfile.class).useCases()).isNull();
    }

    @Test
    void aNullElementIsKeptLastForValidationToFind() throws Exception {
        Set<UseCase> withNull = OrderedSets.of(Arrays.asList(UseCase.MINORS_AS_USERS, null, UseCase.EMPLOYMENT));
        assertThat(new ArrayList<>(withNull)).containsExactly(UseCase.EMPLOYMENT, UseCase.MINORS_AS_USERS, null);

        DeploymentProfile read = JSON.readValue("""
                {"app": {"name": "acme-assistant"}, "hosting": {"mode": "SELF_HOSTED"},
                 "targets": [{"jurisdiction": "IT"}], "useCases": [null, "EMPLOYMENT"]}
                """, DeploymentProfile.class);
        assertThat(new ArrayList<>(read.useCases())).containsExactly(UseCase.EMPLOYMENT, null);
    }

    @Test
    void theSetsAreUnmodifiable() {
        Set<UseCase> uses = profile(new LinkedHashSet<>(USES), null, null).useCases();
        assertThatThrownBy(() -> uses.add(UseCase.DEEPFAKE)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aRuleItsTestsAndItsNotCheckedEntryListTheirSetsInDeclarationOrder() throws Exception {
        Set<Segment> segments = EnumSet.of(Segment.CONSUMER, Segment.ENTERPRISE, Segment.MILITARY);
        Set<HostingMode> modes = EnumSet.allOf(HostingMode.class);
        Set<Verdict> not = EnumSet.of(Verdict.COMPLIANT, Verdict.NEEDS_REVIEW);
        Rule forward = rule(new LinkedHashSet<>(segments), new LinkedHashSet<>(modes), new LinkedHashSet<>(USES),
                new LinkedHashSet<>(ROLES), new LinkedHashSet<>(not));
        Rule backward = rule(reversed(segments), reversed(modes), reversed(USES), reversed(ROLES), reversed(not));

        assertThat(JSON.writeValueAsString(backward)).isEqualTo(JSON.writeValueAsString(forward));
        assertThat(backward.segments()).containsExactly(Segment.CONSUMER, Segment.ENTERPRISE, Segment.MILITARY);
        assertThat(backward.hostingModes()).containsExactly(HostingMode.VENDOR_API, HostingMode.THIRD_PARTY,
                HostingMode.SELF_HOSTED);
        assertThat(backward.roles()).containsExactly(TeamRole.PROVIDER, TeamRole.DEPLOYER, TeamRole.DISTRIBUTOR);
        assertThat(backward.tests().get(0).notVerdicts()).containsExactly(Verdict.COMPLIANT, Verdict.NEEDS_REVIEW);
        assertThat(JSON.readValue(JSON.writeValueAsString(backward), Rule.class).useCases())
                .containsExactly(UseCase.CONTENT_GENERATION, UseCase.EMPLOYMENT, UseCase.CREDIT_SCORING,
                        UseCase.MINORS_AS_USERS);

        UncheckedRule unchecked = new UncheckedRule("eu-ai-act-annex-iii", RuleKind.OBLIGATION, Severity.WARNING, "EU",
                LocalDate.parse("2026-08-02"), "High-risk uses", List.of("useCases", "role"), reversed(USES),
                reversed(ROLES), null, null, Confidence.HIGH);
        assertThat(JSON.writeValueAsString(unchecked)).contains(
                "\"useCases\":[\"CONTENT_GENERATION\",\"EMPLOYMENT\",\"CREDIT_SCORING\",\"MINORS_AS_USERS\"],"
                        + "\"roles\":[\"PROVIDER\",\"DEPLOYER\",\"DISTRIBUTOR\"]");

        RuleTestResult result = new RuleTestResult("a hiring screen", "IT", true, null, reversed(not), true,
                Verdict.NON_COMPLIANT, true, List.of(), List.of());
        assertThat(result.notVerdicts()).containsExactly(Verdict.COMPLIANT, Verdict.NEEDS_REVIEW);
    }

    @Test
    void aLaunchMapListsItsSetsInDeclarationOrder() {
        LaunchMapRequest map = new LaunchMapRequest(new DeploymentProfile.App("acme-assistant", null, null, null),
                new DeploymentProfile.Hosting(HostingMode.SELF_HOSTED, null, List.of()), true,
                reversed(EnumSet.of(Segment.CONSUMER, Segment.GOVERNMENT)), reversed(EnumSet.of(Sector.ENERGY,
                        Sector.FINANCE)), List.of(), new LaunchScope(LaunchScope.Kind.WORLD, null, List.of()),
                null, reversed(USES), null);
        assertThat(map.segments()).containsExactly(Segment.CONSUMER, Segment.GOVERNMENT);
        assertThat(map.sectors()).containsExactly(Sector.ENERGY, Sector.FINANCE);
        assertThat(map.useCases()).containsExactly(UseCase.CONTENT_GENERATION, UseCase.EMPLOYMENT,
                UseCase.CREDIT_SCORING, UseCase.MINORS_AS_USERS);
        assertThat(map.profile(List.of()).useCases()).containsExactlyElementsOf(map.useCases());
    }

    @Test
    void stringsComeInNaturalOrderAndDuplicatesOnce() {
        assertThat(OrderedSets.of(List.of("KR", "IT", "US-TX", "IT"))).containsExactly("IT", "KR", "US-TX");
        assertThat(OrderedSets.<String>of(null)).isNull();
    }
}
