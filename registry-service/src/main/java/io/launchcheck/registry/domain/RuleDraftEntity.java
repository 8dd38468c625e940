package io.launchcheck.registry.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rule change saved but not published; never part of a ruleset until it is published. */
@Entity
@Table(name = "rule_draft")
public class RuleDraftEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "rule_id")
    public String ruleId;

    @Enumerated(EnumType.STRING)
    public DraftAction action;

    /** The proposed rule (io.launchcheck.api.Rule, canonical) as JSON; null for a deletion. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String content;

    /** The stored rule's version when the draft was saved; null when the rule did not exist. */
    @Column(name = "base_version")
    public Long baseVersion;

    @Enumerated(EnumType.STRING)
    public DraftStatus status;

    public String reason;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "closed_by")
    public String closedBy;

    @Column(name = "closed_at")
    public Instant closedAt;

    /** The ruleset version publishing created. */
    @Column(name = "ruleset_version")
    public Long rulesetVersion;

    @Version
    public long version;
}
