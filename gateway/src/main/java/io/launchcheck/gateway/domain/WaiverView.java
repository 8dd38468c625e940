package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * A waiver as the API answers it, with its whole history.
 *
 * @param status     REQUESTED, APPROVED (covering findings now), REJECTED, REVOKED, or EXPIRED (approved, but its
 *                   expiry has come)
 * @param expiresAt  the expiry in force once approved (null before)
 * @param approvedBy the officer who approved it (null unless approved)
 * @param history    every action, oldest first, with the token's subject as {@code actor}
 */
@JsonPropertyOrder({"id", "ruleId", "jurisdiction", "app", "team", "status", "justification", "reference",
        "requestedExpiresAt", "expiresAt", "requestedBy", "requestedAt", "approvedBy", "decidedBy", "decidedAt",
        "revokedBy", "revokedAt", "history"})
public record WaiverView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String ruleId,
        @Schema(required = true) String jurisdiction,
        @Schema(required = true) String app,
        @Schema(required = true) String team,
        @Schema(required = true) Waiver.Status status,
        @Schema(required = true) String justification,
        @Schema(required = true) String reference,
        @Schema(required = true) Instant requestedExpiresAt,
        @Schema(required = true, nullable = true) Instant expiresAt,
        @Schema(required = true) String requestedBy,
        @Schema(required = true) Instant requestedAt,
        @Schema(required = true, nullable = true) String approvedBy,
        @Schema(required = true, nullable = true) String decidedBy,
        @Schema(required = true, nullable = true) Instant decidedAt,
        @Schema(required = true, nullable = true) String revokedBy,
        @Schema(required = true, nullable = true) Instant revokedAt,
        @Schema(required = true) List<Event> history) {

    /** One action on the waiver. */
    public record Event(
            @Schema(required = true) WaiverEvent.Action action,
            @Schema(required = true) String actor,
            @Schema(required = true) Instant at,
            @Schema(required = true, nullable = true) String comment,
            @Schema(required = true, nullable = true) Instant expiresAt) {

        public static Event of(WaiverEvent event) {
            return new Event(event.action, event.actor, event.at, event.comment, event.expiresAt);
        }
    }

    public static WaiverView of(Waiver waiver, List<WaiverEvent> history, Instant now) {
        Waiver.Status status = waiver.statusAt(now);
        boolean approved = status == Waiver.Status.APPROVED || status == Waiver.Status.EXPIRED
                || (status == Waiver.Status.REVOKED && waiver.expiresAt != null);
        return new WaiverView(waiver.id, waiver.ruleId, waiver.jurisdiction, waiver.appName, waiver.team, status,
                waiver.justification, waiver.reference, waiver.requestedExpiresAt, waiver.expiresAt,
                waiver.requestedBy, waiver.requestedAt, approved ? waiver.decidedBy : null, waiver.decidedBy,
                waiver.decidedAt, waiver.revokedBy, waiver.revokedAt, history.stream().map(Event::of).toList());
    }
}
