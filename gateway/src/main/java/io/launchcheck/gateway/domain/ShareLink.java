package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A minted share link: whoever opens {@code url} in a browser sees the report page until {@code expiresAt},
 * without a bearer token. The link is a signed token; it cannot be revoked before it expires.
 *
 * @param url          the page's absolute address (as this gateway was reached)
 * @param path         the same, relative to the gateway's root
 * @param expiresAt    when the link stops working
 * @param assessmentId the assessment it shows
 */
@Schema(description = "A signed, expiring link to an assessment's report page")
public record ShareLink(
        @Schema(required = true, description = "The page's absolute address, as this gateway was reached") String url,
        @Schema(required = true, description = "The page's address relative to the gateway's root") String path,
        @Schema(required = true, description = "When the link stops working") Instant expiresAt,
        @Schema(required = true) UUID assessmentId) {
}
