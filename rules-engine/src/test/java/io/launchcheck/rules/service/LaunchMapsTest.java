package io.launchcheck.rules.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.HostingMode;
import io.launchcheck.api.LaunchMapRequest;
import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.Segment;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.RealRulePack;

/** A launch map's scope becomes targets from the jurisdictions of the ruleset that judges it. */
class LaunchMapsTest {

    private static final RulesetSnapshot PACK = RulesetSnapshot.of(RealRulePack.ruleset(3, List.of()), Instant.now());

    private static LaunchMapRequest map(LaunchScope scope) {
        return new LaunchMapRequest(new DeploymentProfile.App("acme", "DeepSeek", null, null),
                new DeploymentProfile.Hosting(HostingMode.VENDOR_API, null, List.of("CN")), true,
                Set.of(Segment.CONSUMER), null, null, scope, LocalDate.of(2025, 3, 1));
    }

    @Test
    void theWorldIsEveryCountryOfTheRuleset() {
        DeploymentProfile profile = LaunchMaps.expand(PACK, map(new LaunchScope(LaunchScope.Kind.WORLD, null, null)));

        assertThat(profile.targets()).extracting(DeploymentProfile.Target::jurisdiction)
                .containsExactlyElementsOf(PACK.countries())
                .contains("IT", "KR", "US").doesNotContain("EU", "US-TX");
        assertThat(profile.targets()).allSatisfy(t -> assertThat(t.segments()).containsExactly(Segment.CONSUMER));
    }

    @Test
    void aBlocIsItsMembersAndSubdivisionsFollowTheirCountry() {
        DeploymentProfile profile = LaunchMaps.expand(PACK, map(new LaunchScope(LaunchScope.Kind.BLOC, "eu", List.of("de"))));

        List<String> codes = profile.targets().stream().map(DeploymentProfile.Target::jurisdiction).toList();
        assertThat(codes).hasSize(27 + PACK.subdivisionsOf("DE").size()).contains("IT", "DE-BE").doesNotContain("US");
        assertThat(codes.indexOf("DE-BE")).isGreaterThan(codes.indexOf("DE"));
    }

    @Test
    void refusesAnUnknownBlocAndSubdivisionsOutsideTheScopeNamingTheFields() {
        assertThatThrownBy(() -> LaunchMaps.expand(PACK, map(new LaunchScope(LaunchScope.Kind.BLOC, "XX", null))))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.getMessage()).contains("scope.bloc"));
        assertThatThrownBy(() -> LaunchMaps.expand(PACK, map(new LaunchScope(LaunchScope.Kind.BLOC, "EU", List.of("US")))))
                .isInstanceOfSatisfying(ProblemException.class,
                        e -> assertThat(e.getMessage()).contains("scope.subdivisionsOf[0]"));
        assertThatThrownBy(() -> LaunchMaps.expand(PACK, map(new LaunchScope(LaunchScope.Kind.BLOC, null, null))))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> LaunchMaps.expand(PACK, map(new LaunchScope(LaunchScope.Kind.WORLD, "EU", null))))
                .isInstanceOf(ProblemException.class);
    }
}
