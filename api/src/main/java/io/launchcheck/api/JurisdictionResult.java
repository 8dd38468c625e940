package io.launchcheck.api;

import java.util.List;

/** The verdict for one target jurisdiction of a profile. */
public record JurisdictionResult(
        String jurisdiction,
        Verdict verdict,
        List<Finding> findings,
        List<UpcomingRule> upcoming) {
}
