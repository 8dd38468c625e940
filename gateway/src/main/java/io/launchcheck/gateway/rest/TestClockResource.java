package io.launchcheck.gateway.rest;

import java.time.Duration;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.launchcheck.api.Roles;
import io.launchcheck.api.problem.Problem;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.config.TestClockConfig;
import io.launchcheck.gateway.service.GatewayClock;
import io.launchcheck.gateway.service.WaiverExpiryCheck;

/**
 * For end-to-end tests only: moves the gateway's clock so waiver expiry can be tested on the packaged service.
 * Answers 404 unless {@code launchcheck.clock.test-endpoint=true} (off by default; never in production).
 */
@Path("/api/v1/test-clock")
@Tag(name = "Test clock", description = "End-to-end tests only; 404 unless launchcheck.clock.test-endpoint=true")
@RolesAllowed(Roles.COMPLIANCE_OFFICER)
public class TestClockResource {

    /** How far the clock is moved from real time. */
    public record ClockOffset(@Schema(required = true, examples = "PT720H",
            description = "an ISO-8601 duration, e.g. PT720H or -PT1H") @NotNull String offset) {
    }

    /** The clock's offset and time, and how many waiver ends the expiry check just handled. */
    public record ClockState(@Schema(required = true, examples = "PT720H") String offset,
            @Schema(required = true) Instant now,
            @Schema(required = true) int endsTold) {
    }

    private final GatewayClock clock;
    private final TestClockConfig config;
    private final WaiverExpiryCheck expiry;

    public TestClockResource(GatewayClock clock, TestClockConfig config, WaiverExpiryCheck expiry) {
        this.clock = clock;
        this.config = config;
        this.expiry = expiry;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getTestClock", summary = "The gateway clock's offset (tests only)",
            description = "The offset from real time and the time the gateway judges waivers by.")
    @APIResponse(responseCode = "200", description = "The clock",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClockState.class),
                    examples = @ExampleObject(name = "moved", value = WaiverExamples.CLOCK)))
    @APIResponse(responseCode = "404", ref = ApiDocs.TEST_CLOCK_OFF)
    public ClockState get() {
        enabled();
        return new ClockState(clock.offset().toString(), clock.instant(), 0);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTestClock", summary = "Move the gateway's clock (tests only)",
            description = "Sets the offset from real time (an ISO-8601 duration, may be negative) and runs the waiver "
                    + "expiry check at once, so expired waivers are told to their teams.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = ClockOffset.class),
            examples = @ExampleObject(name = "thirty days on", value = "{\"offset\": \"PT720H\"}")))
    @APIResponse(responseCode = "200", description = "Moved",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClockState.class),
                    examples = @ExampleObject(name = "moved", value = WaiverExamples.CLOCK)))
    @APIResponse(responseCode = "400", description = "Not an ISO-8601 duration",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", ref = ApiDocs.TEST_CLOCK_OFF)
    @APIResponse(responseCode = "413", ref = ApiDocs.TOO_LARGE)
    @APIResponse(responseCode = "415", ref = ApiDocs.NOT_JSON)
    public ClockState set(@NotNull(message = "an offset is required") @Valid ClockOffset offset) {
        enabled();
        Duration duration;
        try {
            duration = Duration.parse(offset.offset().strip());
        } catch (RuntimeException e) {
            throw ProblemException.badRequest("offset", "expected an ISO-8601 duration such as PT720H");
        }
        clock.setOffset(duration);
        int told = expiry.check();
        return new ClockState(clock.offset().toString(), clock.instant(), told);
    }

    private void enabled() {
        if (!config.testEndpoint()) {
            throw ProblemException.notFound("No such resource");
        }
    }
}
