package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.deepseekBan;
import static io.launchcheck.rules.testing.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Evaluation;
import io.launchcheck.api.Finding;
import io.launchcheck.api.Verdict;

/** Which rules reach a target: itself, its country, its blocs, its subdivisions, its members. */
class ReachRulesTest extends RulesTestSupport {

    @Test
    void subdivisionIsReachedByItsCountrysRules() {
        Evaluation evaluation = evaluate(profile().target("US-TX"), deepseekBan("us-ban", "US").build());

        assertThat(evaluation.results().get(0).verdict()).isEqualTo(Verdict.NON_COMPLIANT);
        Finding finding = only(evaluation, 0);
        assertThat(finding.jurisdiction()).isEqualTo("US");
        assertThat(finding.why()).contains("Target US-TX is part of US");
    }

    @Test
    void countryIsReachedByItsSubdivisionsRules() {
        Evaluation evaluation = evaluate(profile().target("US"), deepseekBan("tx-ban", "US-TX").build());

        Finding finding = only(evaluation, 0);
        assertThat(finding.jurisdiction()).isEqualTo("US-TX");
        assertThat(evaluation.results().get(0).jurisdiction()).isEqualTo("US");
        assertThat(finding.why()).contains("Target US includes US-TX, so the app reaches US-TX too");
    }

    @Test
    void subdivisionIsNotReachedByASiblingSubdivisionsRules() {
        Evaluation evaluation = evaluate(profile().target("US-NY"), deepseekBan("tx-ban", "US-TX").build());

        assertThat(evaluation.results().get(0).verdict()).isEqualTo(Verdict.COMPLIANT);
        assertThat(evaluation.results().get(0).findings()).isEmpty();
    }

    @Test
    void memberCountryIsReachedByItsBlocsRules() {
        Evaluation evaluation = evaluate(profile().target("IT"), deepseekBan("eu-ban", "EU").build());

        assertThat(only(evaluation, 0).why()).contains("Target IT is a member of EU");
    }

    @Test
    void subdivisionIsReachedByItsCountrysBlocRules() {
        Evaluation evaluation = evaluate(profile().target("DE-BE"), deepseekBan("eu-ban", "EU").build());

        assertThat(only(evaluation, 0).why()).contains("Target DE-BE is part of DE, a member of EU");
    }

    @Test
    void blocIsReachedByItsMembersAndTheirSubdivisionsRules() {
        Evaluation evaluation = evaluate(profile().target("EU"),
                deepseekBan("it-ban", "IT").build(), deepseekBan("berlin-ban", "DE-BE").build(),
                deepseekBan("kr-ban", "KR").build());

        assertThat(evaluation.results().get(0).findings()).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("it-ban", "berlin-ban");
        assertThat(evaluation.results().get(0).findings()).flatExtracting(Finding::why)
                .contains("Target EU includes member IT", "Target EU includes member DE, and DE-BE is part of DE");
    }

    @Test
    void countryIsNotReachedByAnotherCountrysRules() {
        Evaluation evaluation = evaluate(profile().target("KR").target("IT"), deepseekBan("it-ban", "IT").build());

        assertThat(evaluation.results()).extracting(r -> r.verdict())
                .containsExactly(Verdict.COMPLIANT, Verdict.NON_COMPLIANT);
        assertThat(only(evaluation, 1).why()).contains("The rule is one of IT's own");
    }
}
