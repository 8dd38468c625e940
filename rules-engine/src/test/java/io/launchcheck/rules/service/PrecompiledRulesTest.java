package io.launchcheck.rules.service;

import static io.launchcheck.rules.testing.Fixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.Evaluation;
import io.launchcheck.rules.domain.RulesetSnapshot;
import io.launchcheck.rules.testing.RealRulePack;

/** The build precompiles the DRL files, and the precompiled rules judge exactly as the DRL compiled from source. */
class PrecompiledRulesTest {

    @Test
    void theBuildPrecompiledTheRules() {
        assertThat(getClass().getClassLoader().getResource(ComplianceKnowledgeBase.PRECOMPILED_MODELS))
                .as("written by PrecompileRules in process-classes").isNotNull();
    }

    @Test
    void precompiledRulesJudgeAsTheRulesCompiledFromSource() {
        RulesetSnapshot pack = RulesetSnapshot.of(RealRulePack.ruleset(1, List.of()), Instant.now());
        DeploymentProfile deepSeek = profile().dataCountries("CN")
                .target("IT").target("US-TX").target("KR").target("US").target("RU").target("EU").build();

        Evaluation precompiled = new ProfileEvaluator(new ComplianceKnowledgeBase())
                .evaluate(pack, deepSeek, deepSeek.asOf(), false);
        Evaluation fromSource = new ProfileEvaluator(ComplianceKnowledgeBase.fromSource())
                .evaluate(pack, deepSeek, deepSeek.asOf(), false);

        assertThat(precompiled.results()).isNotEmpty().isEqualTo(fromSource.results());
        assertThat(precompiled.results().get(0).findings()).isNotEmpty();
    }
}
