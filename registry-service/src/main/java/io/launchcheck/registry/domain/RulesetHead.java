package io.launchcheck.registry.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The single row holding the current ruleset version; writers lock it to move the version. */
@Entity
@Table(name = "ruleset_head")
public class RulesetHead extends PanacheEntityBase {

    public static final short ID = 1;

    @Id
    public short id;

    public long version;

    @Column(name = "changed_at")
    public Instant changedAt;
}
