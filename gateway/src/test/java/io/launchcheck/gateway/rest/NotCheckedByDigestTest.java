package io.launchcheck.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UseCase;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * By default ({@code launchcheck.gateway.not-checked-by-digest} unset): once an answer carried the not-checked rules,
 * the gateway asks for them by digest too (the compact form's fourth version) and gives the same public answer; an answer naming
 * a not-checked rule it does not hold is asked for once more with the texts, and that answer is used.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class NotCheckedByDigestTest extends GatewayTest {

    private static final String V2 = CompactEvaluations.MEDIA_TYPE;
    private static final String V4 = CompactEvaluations.MEDIA_TYPE_V4;
    private static final UncheckedRule HIGH_RISK = rule("eu-high-risk", "IT", Set.of(UseCase.EMPLOYMENT,
            UseCase.EDUCATION));
    private static final UncheckedRule LABELLING = rule("kr-labelling", "KR", Set.of(UseCase.CONTENT_GENERATION));

    @BeforeEach
    void judgeWithNotCheckedRules() {
        rules.verdict("IT", Verdict.NON_COMPLIANT).upcoming("JP", LocalDate.parse("2026-01-01"))
                .notChecked(HIGH_RISK, List.of("IT", "JP"));
    }

    @Test
    void asksForNotCheckedRulesByDigestOnceItHoldsThemAndGivesTheSamePublicAnswer() {
        String profile = profile("acme-assistant", target("IT"), target("JP"));
        Response full = assess(profile);
        rules.compact(true);

        int before = rules.evaluations();
        Response withTexts = assess(profile);
        int between = rules.evaluations();
        Response byDigest = assess(profile);

        assertThat(rules.answered().subList(before, between)).containsOnly(V2);
        assertThat(rules.accepts().subList(between, rules.evaluations())).containsOnly(CompactEvaluations.ACCEPT_V4);
        assertThat(rules.answered().subList(between, rules.evaluations())).containsOnly(V4);
        byDigest.then().statusCode(201);
        assertThat(withoutIdAndTime(byDigest.asString())).isEqualTo(withoutIdAndTime(withTexts.asString()))
                .isEqualTo(withoutIdAndTime(full.asString()));
        assertThat(byDigest.jsonPath().getString("results[1].notChecked[0].legalBasis")).isEqualTo("Test law");
    }

    @Test
    void anAnswerNamingANotCheckedRuleNotHeldIsAskedForAgainWithTheTexts() {
        rules.compact(true);
        assess(profile("acme-assistant", target("IT"))).then().statusCode(201);
        rules.notChecked(LABELLING, List.of("IT"));

        int before = rules.evaluations();
        Response other = assess(profile("acme-assistant", target("IT")));

        other.then().statusCode(201);
        assertThat(rules.answered().subList(before, rules.evaluations())).containsSubsequence(V4, V2).endsWith(V2);
        assertThat(other.jsonPath().getList("results[0].notChecked.ruleId"))
                .containsExactly("eu-high-risk", "kr-labelling");
        // now held: asked by digest and expanded
        int held = rules.evaluations();
        Response again = assess(profile("acme-assistant", target("IT")));
        assertThat(rules.answered().subList(held, rules.evaluations())).containsOnly(V4);
        assertThat(withoutIdAndTime(again.asString())).isEqualTo(withoutIdAndTime(other.asString()));
    }

    private static UncheckedRule rule(String ruleId, String jurisdiction, Set<UseCase> useCases) {
        return new UncheckedRule(ruleId, RuleKind.OBLIGATION, Severity.WARNING, jurisdiction,
                LocalDate.parse("2026-08-02"), "Rule " + ruleId + " needs the use cases", List.of("useCases", "role"),
                useCases, Set.of(TeamRole.DEPLOYER), "Test law", "https://example.org/", Confidence.HIGH);
    }

    private static String withoutIdAndTime(String body) {
        return body.replaceAll("\"id\":\"[^\"]+\"", "\"id\":\"-\"")
                .replaceAll("\"evaluatedAt\":\"[^\"]+\"", "\"evaluatedAt\":\"-\"")
                .replaceAll("\"confirmedAt\":\"[^\"]+\"", "\"confirmedAt\":\"-\"");
    }
}
