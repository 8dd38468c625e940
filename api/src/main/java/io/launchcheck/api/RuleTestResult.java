package io.launchcheck.api;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The outcome of one {@link RuleTest}: what was expected beside what the rules engine answered.
 *
 * @param failures why the case failed, one sentence each (empty when it passed)
 */
@Schema(requiredProperties = {"name", "target", "passed", "expectedMatches", "failures"})
public record RuleTestResult(
        String name,
        String target,
        boolean passed,
        @Schema(nullable = true) Verdict expectedVerdict,
        @Schema(nullable = true) Set<Verdict> notVerdicts,
        boolean expectedMatches,
        @Schema(nullable = true, description = "The target's verdict (null when the profile could not be judged)") Verdict actualVerdict,
        @Schema(nullable = true, description = "Whether the rule was among the target's findings") Boolean actualMatches,
        @Schema(nullable = true, description = "The rules that decided the target's verdict") List<String> decidingRules,
        List<String> failures) {

    /** The verdicts not expected, in their declared order. */
    public RuleTestResult {
        notVerdicts = OrderedSets.of(notVerdicts);
    }
}
