package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One webhook delivery with every attempt.
 *
 * @param status        PENDING (next attempt at {@code nextAttemptAt}), DELIVERED (a 2xx answer) or FAILED (no
 *                      attempt left)
 */
public record DeliveryView(
        @Schema(required = true) UUID id,
        @Schema(required = true) String team,
        @Schema(required = true) UUID feedItemId,
        @Schema(required = true) String url,
        @Schema(required = true) WebhookDelivery.Status status,
        @Schema(required = true) int attempts,
        @Schema(required = true, nullable = true) Instant nextAttemptAt,
        @Schema(required = true) Instant createdAt,
        @Schema(required = true, nullable = true) Instant deliveredAt,
        @Schema(required = true) List<Attempt> log) {

    /** One attempt: the receiver's HTTP status, or why there was none. */
    public record Attempt(
            @Schema(required = true) Instant at,
            @Schema(required = true, nullable = true) Integer statusCode,
            @Schema(required = true, nullable = true) String error) {
    }
}
