package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One entry of a waiver's history: who did what, when (append-only; the database refuses changes). */
@Entity
@Immutable
@Table(name = "waiver_event")
public class WaiverEvent {

    public enum Action {
        REQUESTED, APPROVED, REJECTED, REVOKED, EXPIRED
    }

    @Id
    public UUID id;

    @Column(name = "waiver_id", nullable = false)
    public UUID waiverId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Action action;

    /** The token's subject; {@code system} for an expiry the gateway noticed. */
    @Column(nullable = false, length = 200)
    public String actor;

    @Column(nullable = false)
    public Instant at;

    @Column(columnDefinition = "text")
    public String comment;

    /** The expiry the action set or asked for (request, approval). */
    @Column(name = "expires_at")
    public Instant expiresAt;
}
