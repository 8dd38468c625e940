package io.launchcheck.gateway.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A team's webhook: where its verdict changes are posted, and the secret they are signed with. */
@Entity
@Table(name = "webhook")
public class Webhook {

    @Id
    @Column(length = 200)
    public String team;

    @Column(nullable = false, length = 2000)
    public String url;

    @Column(nullable = false, length = 500)
    public String secret;

    @Column(name = "created_by", nullable = false, length = 200)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;
}
