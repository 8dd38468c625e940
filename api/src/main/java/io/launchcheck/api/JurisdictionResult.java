package io.launchcheck.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verdict for one target jurisdiction of a profile. */
public record JurisdictionResult(
        @Schema(required = true) String jurisdiction,
        @Schema(required = true) Verdict verdict,
        @Schema(required = true) List<Finding> findings,
        @Schema(required = true) List<UpcomingRule> upcoming,
        @Schema(nullable = true, description = "Rules that would reach this target but depend on the system's use cases "
                + "or the team's role, which the profile does not state: they could not be checked and are not in the "
                + "verdict. State useCases and role to have them judged. Absent when there are none.")
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UncheckedRule> notChecked) {

    /** A result with every rule checked. */
    public JurisdictionResult(String jurisdiction, Verdict verdict, List<Finding> findings, List<UpcomingRule> upcoming) {
        this(jurisdiction, verdict, findings, upcoming, List.of());
    }
}
