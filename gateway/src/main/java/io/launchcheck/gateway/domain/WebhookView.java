package io.launchcheck.gateway.domain;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A team's webhook as answered (the secret is never answered). */
public record WebhookView(
        @Schema(required = true) String team,
        @Schema(required = true) String url,
        @Schema(required = true) String updatedBy,
        @Schema(required = true) Instant updatedAt) {

    public static WebhookView of(Webhook webhook) {
        return new WebhookView(webhook.team, webhook.url, webhook.createdBy, webhook.updatedAt);
    }
}
