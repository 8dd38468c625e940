package io.launchcheck.gateway.domain;

import java.time.Instant;

import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The optional body of an approval, rejection or revocation.
 *
 * @param comment   why (kept in the history)
 * @param expiresAt on approval only: an expiry earlier than the requested one (default: the requested one)
 */
public record WaiverDecision(
        @Schema(nullable = true) @Size(max = 4000) String comment,
        @Schema(nullable = true) Instant expiresAt) {
}
