package io.launchcheck.registry.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One committed ruleset version: when, by whom, why and what changed. */
@Entity
@Table(name = "ruleset_version")
public class RulesetVersionEntity extends PanacheEntityBase {

    @Id
    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;

    public String actor;

    public String reason;

    public String summary;

    /** The rule pack whose import made this version; null for every other change. */
    public String pack;

    /** The release of that pack. */
    @Column(name = "pack_release")
    public String packRelease;
}
