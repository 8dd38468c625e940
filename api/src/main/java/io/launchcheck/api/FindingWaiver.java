package io.launchcheck.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The waiver that covers a finding: the finding is reported, marked with this, and does not count toward the
 * verdict.
 *
 * @param id         the waiver ({@code GET /api/v1/waivers/{id}})
 * @param approvedBy the compliance officer who approved it (the token's subject)
 * @param expiresAt  when it stops covering the finding
 * @param reference  the ticket or authority's letter it rests on
 */
@Schema(description = "The approved waiver covering this finding; the finding does not count toward the verdict")
public record FindingWaiver(
        @Schema(required = true) UUID id,
        @Schema(required = true) String approvedBy,
        @Schema(required = true) Instant expiresAt,
        @Schema(required = true) String reference) {
}
