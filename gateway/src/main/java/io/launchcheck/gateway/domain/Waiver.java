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


/** A waiver as stored; its state changes only through {@code WaiverService}, each change in the history. */
@Entity
@Table(name = "waiver")
public class Waiver {

    /** The stored states; EXPIRED is not stored but read from {@code expiresAt} ({@link #statusAt}). */
    public enum Status {
        REQUESTED, APPROVED, REJECTED, REVOKED, EXPIRED
    }

    @Id
    public UUID id;

    @Column(name = "rule_id", nullable = false, length = 200)
    public String ruleId;

    @Column(nullable = false, length = 10)
    public String jurisdiction;

    @Column(name = "app_name", nullable = false, length = 200)
    public String appName;

    @Column(nullable = false, length = 200)
    public String team;

    @Column(nullable = false, columnDefinition = "text")
    public String justification;

    @Column(nullable = false, length = 500)
    public String reference;

    @Column(name = "requested_expires_at", nullable = false)
    public Instant requestedExpiresAt;

    @Column(name = "expires_at")
    public Instant expiresAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Status status;

    @Column(name = "requested_by", nullable = false, length = 200)
    public String requestedBy;

    @Column(name = "requested_at", nullable = false)
    public Instant requestedAt;

    @Column(name = "decided_by", length = 200)
    public String decidedBy;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Column(name = "revoked_by", length = 200)
    public String revokedBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    @Column(name = "end_handled", nullable = false)
    public boolean endHandled;

    @Version
    public long version;

    /** The state at {@code at}: an approved waiver whose expiry has come is EXPIRED, whatever is stored. */
    public Status statusAt(Instant at) {
        return status == Status.APPROVED && !at.isBefore(expiresAt) ? Status.EXPIRED : status;
    }

    /** Whether it covers findings at {@code at}. */
    public boolean activeAt(Instant at) {
        return statusAt(at) == Status.APPROVED;
    }
}
