package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

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
                + "the same range as for assessments") LocalDate asOf,
        @Schema(nullable = true, description = "What the AI system does, as in an assessment's profile (absent: not "
                + "stated, and the rules that depend on it are listed as not checked)", example = "[\"EMPLOYMENT\"]")
        @JsonInclude(JsonInclude.Include.NON_NULL) @Size(max = 30) Set<@NotNull UseCase> useCases,
        @Schema(nullable = true, description = "The team's role for the AI system, as in an assessment's profile",
                example = "DEPLOYER")
        @JsonInclude(JsonInclude.Include.NON_NULL) TeamRole role) {

    /** Segments, sectors and use cases in their declared order (absent use cases stay absent: not stated). */
    public LaunchMapRequest {
        segments = OrderedSets.of(segments);
        sectors = OrderedSets.of(sectors);
        useCases = OrderedSets.of(useCases);
    }

    /** A launch map that states no use case and no role. */
    public LaunchMapRequest(DeploymentProfile.App app, DeploymentProfile.Hosting hosting, Boolean processesPersonalData,
            Set<Segment> segments, Set<Sector> sectors, List<String> organizations, LaunchScope scope, LocalDate asOf) {
        this(app, hosting, processesPersonalData, segments, sectors, organizations, scope, asOf, null, null);
    }

    /** The profile with the given targets. */
    public DeploymentProfile profile(List<DeploymentProfile.Target> targets) {
        return new DeploymentProfile(app, hosting, processesPersonalData, targets, asOf, useCases, role);
    }
}
