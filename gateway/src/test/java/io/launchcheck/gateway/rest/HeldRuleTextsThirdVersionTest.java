package io.launchcheck.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UseCase;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * {@link HeldRuleTextsTest} with {@code launchcheck.gateway.not-checked-by-digest=false}: the gateway asks for the
 * rules' texts by digest with the compact form's third version, never the fourth, and the not-checked rules travel
 * with their texts.
 */
@QuarkusTest
@TestProfile(HeldRuleTextsThirdVersionTest.Profile.class)
class HeldRuleTextsThirdVersionTest extends HeldRuleTextsTest {

    /** The fake rules-service's settings with the not-checked rules asked for with their texts. */
    public static class Profile extends FakeRulesProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("launchcheck.gateway.not-checked-by-digest", "false");
            return overrides;
        }
    }

    @Override
    String byDigestAccept() {
        return CompactEvaluations.ACCEPT_V3;
    }

    @Override
    String byDigestForm() {
        return CompactEvaluations.MEDIA_TYPE_V3;
    }

    @Test
    void notCheckedRulesAreNeverAskedForByDigest() {
        rules.notChecked(new UncheckedRule("eu-high-risk", RuleKind.OBLIGATION, Severity.WARNING, "IT",
                LocalDate.parse("2026-08-02"), "Rule eu-high-risk needs the use cases", List.of("useCases", "role"),
                Set.of(UseCase.EMPLOYMENT), Set.of(TeamRole.DEPLOYER), "Test law", "https://example.org/",
                Confidence.HIGH), List.of("IT"));
        String profile = profile("acme-assistant", target("IT"));
        Response full = assess(profile);
        rules.compact(true);
        assess(profile).then().statusCode(201);

        int before = rules.evaluations();
        Response byDigest = assess(profile);
        assess(profile).then().statusCode(201);

        assertThat(rules.accepts()).noneMatch(CompactEvaluations.ACCEPT_V4::equals);
        assertThat(rules.answered().subList(before, rules.evaluations()))
                .containsOnly(CompactEvaluations.MEDIA_TYPE_V3);
        byDigest.then().statusCode(201);
        assertThat(withoutIdAndTime(byDigest.asString())).isEqualTo(withoutIdAndTime(full.asString()));
        assertThat(byDigest.jsonPath().getString("results[0].notChecked[0].legalBasis")).isEqualTo("Test law");
    }
}
