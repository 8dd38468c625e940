package io.launchcheck.api;

import java.util.List;

/**
 * The one mapping from findings to a target's verdict, as {@code docs/semantics.md} states it (and the rules
 * engine's {@code verdict.drl} decides it): NON_COMPLIANT with a blocking finding, NEEDS_REVIEW with only
 * warnings, COMPLIANT with none. The gateway checks the rules-service's verdicts with it and recomputes them with
 * it after waivers; the command line does the same offline.
 */
public final class Verdicts {

    private Verdicts() {
    }

    /** The verdict one finding of this severity gives. */
    public static Verdict of(Severity severity) {
        if (severity == null) {
            return Verdict.COMPLIANT;
        }
        return switch (severity) {
            case BLOCKING -> Verdict.NON_COMPLIANT;
            case WARNING -> Verdict.NEEDS_REVIEW;
        };
    }

    /** The verdict these findings give, waived ones included. */
    public static Verdict ofAll(List<Finding> findings) {
        return implied(findings, true);
    }

    /** The verdict these findings give, leaving out those a waiver covers. */
    public static Verdict ofCounted(List<Finding> findings) {
        return implied(findings, false);
    }

    /** The worst of these results' verdicts (COMPLIANT for none). */
    public static Verdict overall(List<JurisdictionResult> results) {
        Verdict overall = Verdict.COMPLIANT;
        if (results != null) {
            for (JurisdictionResult result : results) {
                if (result != null) {
                    overall = overall.worst(result.verdict());
                }
            }
        }
        return overall;
    }

    private static Verdict implied(List<Finding> findings, boolean countWaived) {
        Verdict implied = Verdict.COMPLIANT;
        if (findings != null) {
            for (Finding finding : findings) {
                if (finding != null && (countWaived || finding.waived() == null)) {
                    implied = implied.worst(of(finding.severity()));
                }
            }
        }
        return implied;
    }
}
