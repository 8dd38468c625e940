package io.launchcheck.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The verdict for one target jurisdiction of a profile.
 *
 * @param verdictWithoutWaivers the verdict the findings would give if no waiver covered any of them; present only
 *                              when a waiver covers at least one finding (then {@code verdict} leaves those out)
 * @param note                  says in words which findings are waived, by which waiver, until when; present only
 *                              when a waiver covers at least one finding
 */
public record JurisdictionResult(
        @Schema(required = true) String jurisdiction,
        @Schema(required = true) Verdict verdict,
        @Schema(required = true) List<Finding> findings,
        @Schema(required = true) List<UpcomingRule> upcoming,
        @JsonInclude(JsonInclude.Include.NON_NULL) Verdict verdictWithoutWaivers,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    /** A result no waiver touched (as the rules engine reports it). */
    public JurisdictionResult(String jurisdiction, Verdict verdict, List<Finding> findings,
            List<UpcomingRule> upcoming) {
        this(jurisdiction, verdict, findings, upcoming, null, null);
    }
}
