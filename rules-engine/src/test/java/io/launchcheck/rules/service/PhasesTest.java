package io.launchcheck.rules.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every DRL rule belongs to one of the judgement's phases, and none is ordered by a salience number. */
class PhasesTest {

    private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"\\R(.*?)^when", Pattern.DOTALL);
    private static final Pattern GROUP = Pattern.compile("ruleflow-group \"([^\"]+)\"");

    @Test
    void everyRuleRunsInANamedPhaseWithoutSalience() throws IOException {
        List<String> rules = new ArrayList<>();
        for (String file : ComplianceKnowledgeBase.DRL_FILES) {
            String drl = read(file);
            assertThat(drl).as(file).doesNotContain("salience").doesNotContain("agenda-group");
            Matcher rule = RULE.matcher(drl);
            while (rule.find()) {
                Matcher group = GROUP.matcher(rule.group(2));
                assertThat(group.find()).as(file + ": " + rule.group(1) + " names its phase").isTrue();
                assertThat(ComplianceKnowledgeBase.PHASES).as(file + ": " + rule.group(1)).contains(group.group(1));
                rules.add(rule.group(1));
            }
        }
        assertThat(rules).hasSizeGreaterThan(30).doesNotHaveDuplicates();
    }

    private static String read(String file) throws IOException {
        try (InputStream in = PhasesTest.class.getClassLoader().getResourceAsStream("io/launchcheck/rules/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
