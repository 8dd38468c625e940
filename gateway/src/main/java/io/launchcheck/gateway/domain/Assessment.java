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

import io.launchcheck.api.Verdict;

/**
 * One stored assessment. Immutable: rows are inserted once and never updated; {@code body} is the response
 * exactly as it was sent.
 */
@Entity
@Immutable
@Table(name = "assessment")
public class Assessment {

    @Id
    public UUID id;

    @Column(name = "app_name", nullable = false, length = 200)
    public String appName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    public Verdict overall;

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
    public String profile;

    @Column(nullable = false, columnDefinition = "text")
    public String body;

    @Column(name = "reevaluated_from")
    public UUID reevaluatedFrom;

    /** The product team that submitted it (from its token); null for assessments stored before teams were kept. */
    @Column(length = 200)
    public String team;

    /**
     * The rules its findings and upcoming rules cite, sorted and without repeats, to find the launches a rule
     * affects (a PostgreSQL array with a GIN index).
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "rule_ids", nullable = false, columnDefinition = "text[]")
    public String[] ruleIds = new String[0];
}
