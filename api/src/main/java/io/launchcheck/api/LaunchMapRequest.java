package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A deployment profile without targets, and the scope to judge it in: every target of the scope gets the same
 * segments, sectors and organizations.
 */
public record LaunchMapRequest(
        @Schema(required = true) @NotNull @Valid DeploymentProfile.App app,
        @Schema(required = true) @NotNull @Valid DeploymentProfile.Hosting hosting,
        @Schema(nullable = true, defaultValue = "true") Boolean processesPersonalData,
        @Schema(nullable = true, description = "Who uses the app in every target (none named: every segment, "
                + "conservatively)") Set<Segment> segments,
        @Schema(nullable = true) Set<Sector> sectors,
        @Schema(nullable = true) @Size(max = 50) List<@NotBlank @Size(max = 200) String> organizations,
        @Schema(required = true) @NotNull @Valid LaunchScope scope,
        @Schema(nullable = true, description = "Judge against the rules in force on this date (default: today, UTC); "
                + "the same range as for assessments") LocalDate asOf) {

    /** The profile with the given targets. */
    public DeploymentProfile profile(List<DeploymentProfile.Target> targets) {
        return new DeploymentProfile(app, hosting, processesPersonalData, targets, asOf);
    }
}
