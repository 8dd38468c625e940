package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The delivery of one feed entry to its team's webhook, retried with back-off; {@code log} lists every attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Id
    public UUID id;

    @Column(nullable = false, length = 200)
    public String team;

    @Column(name = "feed_entry_id", nullable = false)
    public UUID feedEntryId;

    @Column(nullable = false, length = 2000)
    public String url;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "delivered_at")
    public Instant deliveredAt;

    /** JSON array of {@link DeliveryView.Attempt}. */
    @Column(nullable = false, columnDefinition = "text")
    public String log = "[]";

    @Version
    public long version;
}
