package io.launchcheck.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verdict for one target jurisdiction of a profile. */
public record JurisdictionResult(
        @Schema(required = true) String jurisdiction,
        @Schema(required = true) Verdict verdict,
        @Schema(required = true) List<Finding> findings,
        @Schema(required = true) List<UpcomingRule> upcoming) {
}
