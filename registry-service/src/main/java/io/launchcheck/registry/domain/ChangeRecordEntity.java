package io.launchcheck.registry.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One committed change to something in the registry: the thing as JSON (its API record) before and after,
 * who made it, why, and the ruleset version it created. Kept after the thing itself is deleted.
 */
@MappedSuperclass
public abstract class ChangeRecordEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "ruleset_version")
    public long rulesetVersion;

    @Enumerated(EnumType.STRING)
    public ChangeAction action;

    public String actor;

    public String reason;

    public Instant at;

    @JdbcTypeCode(SqlTypes.JSON)
    public String before;

    @JdbcTypeCode(SqlTypes.JSON)
    public String after;
}
