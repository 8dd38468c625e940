package io.launchcheck.gateway.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.launchcheck.api.LaunchScope;
import io.launchcheck.api.Verdict;

/**
 * One stored launch map. Immutable: rows are inserted once and never updated; {@code body} is the response exactly
 * as it was sent.
 */
@Entity
@Immutable
@Table(name = "launch_map")
public class LaunchMap {

    @Id
    public UUID id;

    /** The product team that submitted it (from its token). */
    @Column(length = 200)
    public String team;

    @Column(name = "app_name", nullable = false, length = 200)
    public String appName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public LaunchScope.Kind scope;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Verdict overall;

    @Column(nullable = false)
    public int targets;

    @Column(nullable = false)
    public int compliant;

    @Column(name = "needs_review", nullable = false)
    public int needsReview;

    @Column(name = "non_compliant", nullable = false)
    public int nonCompliant;

    @Column(name = "as_of", nullable = false)
    public LocalDate asOf;

    @Column(name = "ruleset_version", nullable = false)
    public long rulesetVersion;

    @Column(name = "evaluated_at", nullable = false)
    public Instant evaluatedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String request;

    @Column(nullable = false, columnDefinition = "text")
    public String body;
}
