package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A minted share link: whoever opens {@code url} in a browser sees the report page until {@code expiresAt},
 * without a bearer token. The link is a signed token; it cannot be revoked before it expires.
 *
 * @param url          the page's absolute address (as this gateway was reached)
 * @param path         the same, relative to the gateway's root
 * @param expiresAt    when the link stops working
 * @param assessmentId the assessment it shows (for a link to an assessment's page)
 * @param launchMapId  the launch map it shows (for a link to a launch map's page)
 */
@Schema(description = "A signed, expiring link to an assessment's or a launch map's report page; exactly one of "
        + "assessmentId and launchMapId is present")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ShareLink(
        @Schema(required = true, description = "The page's absolute address, as this gateway was reached") String url,
        @Schema(required = true, description = "The page's address relative to the gateway's root") String path,
        @Schema(required = true, description = "When the link stops working") Instant expiresAt,
        @Schema(description = "The assessment the link shows (links minted with createShareLink)") UUID assessmentId,
        @Schema(description = "The launch map the link shows (links minted with createLaunchMapShareLink)")
        UUID launchMapId) {

    /** A link to an assessment's page. */
    public ShareLink(String url, String path, Instant expiresAt, UUID assessmentId) {
        this(url, path, expiresAt, assessmentId, null);
    }
}
