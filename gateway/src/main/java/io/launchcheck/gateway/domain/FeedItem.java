package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.launchcheck.api.Verdict;

/**
 * A verdict change of a team's latest assessment of an app, told in the team's feed and to its webhook.
 *
 * @param assessmentId    the latest assessment of the app, whose stored profile was judged again
 * @param cause           what changed: a waiver expired or was revoked, or a ruleset change was published
 * @param waiverId        the waiver, when one caused it
 * @param rulesetVersion  the ruleset version that judged the new verdict
 * @param rules           the rules whose findings now count differently (the waiver's rule, or the rules changed)
 * @param jurisdictions   every target whose verdict changed, before and after
 */
@JsonPropertyOrder({"id", "team", "app", "assessmentId", "cause", "waiverId", "rulesetVersion", "rules",
        "overallBefore", "overallAfter", "jurisdictions", "createdAt"})
public record FeedItem(
        @Schema(required = true) UUID id,
        @Schema(required = true) String team,
        @Schema(required = true) String app,
        @Schema(required = true) UUID assessmentId,
        @Schema(required = true) Cause cause,
        @Schema(required = true, nullable = true) UUID waiverId,
        @Schema(required = true) long rulesetVersion,
        @Schema(required = true) List<String> rules,
        @Schema(required = true) Verdict overallBefore,
        @Schema(required = true) Verdict overallAfter,
        @Schema(required = true) List<Change> jurisdictions,
        @Schema(required = true) Instant createdAt) {

    public enum Cause {
        WAIVER_EXPIRED, WAIVER_REVOKED, RULESET_PUBLISHED
    }

    /** One target's verdict before and after. */
    public record Change(
            @Schema(required = true) String jurisdiction,
            @Schema(required = true, nullable = true) Verdict before,
            @Schema(required = true) Verdict after) {
    }
}
