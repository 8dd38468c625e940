package io.launchcheck.cli;

import java.time.LocalDate;
import java.util.List;

import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdict;

/**
 * The verdict on one profile, online or offline alike: per target jurisdiction (in the profile's order) the
 * verdict and the findings that decide it, and the ruleset version that judged it.
 *
 * @param assessment where the gateway stored the assessment (online only)
 */
record Report(ProfileFile profile, String app, long rulesetVersion, LocalDate asOf, Verdict overall,
        List<JurisdictionResult> results, String assessment) {

    /** Whether a verdict fails the check: at or above {@code failOn}. */
    static boolean fails(Verdict verdict, Verdict failOn) {
        return verdict.ordinal() >= failOn.ordinal();
    }

    boolean fails(Verdict failOn) {
        return fails(overall, failOn);
    }
}
