package io.launchcheck.gateway.domain;

import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Options for a new share link; the body is optional.
 *
 * @param expiresInSeconds how long the link works, in seconds: at least 1 and at most
 *                         {@code launchcheck.share-links.max-lifetime} (7 days by default); absent means
 *                         {@code launchcheck.share-links.default-lifetime} (24 hours by default)
 */
@Schema(description = "Options for a new share link (all optional)")
public record ShareLinkRequest(
        @Schema(description = "Seconds the link works (1 up to launchcheck.share-links.max-lifetime, 604800 by "
                + "default); absent means launchcheck.share-links.default-lifetime (86400 by default)",
                minimum = "1", examples = "3600")
        @Min(value = 1, message = "must be at least 1") Long expiresInSeconds) {
}
