package io.launchcheck.registry.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The last import of a rule pack: its release, changelog (JSON) and the ids of the rules it names. */
@Entity
@Table(name = "rule_pack")
public class RulePackEntity extends PanacheEntityBase {

    @Id
    public String pack;

    /** The pack's release name, e.g. 2026.12.1 ({@code RulePack.version}). */
    public String release;

    public String description;

    public String origin;

    /** {@code List<RulePackRelease>} as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    public String changelog;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "rule_ids", columnDefinition = "text[]")
    public List<String> ruleIds;

    @Column(name = "imported_at")
    public Instant importedAt;

    @Column(name = "imported_by")
    public String importedBy;

    @Column(name = "ruleset_version")
    public long rulesetVersion;
}
