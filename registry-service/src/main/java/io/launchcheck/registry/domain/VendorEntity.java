package io.launchcheck.registry.domain;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A model vendor's identity as stored; {@code VendorMapper} maps it to {@link io.launchcheck.api.Vendor}. */
@Entity
@Table(name = "vendor")
public class VendorEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> aliases;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "legal_entities", columnDefinition = "text[]")
    public List<String> legalEntities;

    @Column(name = "origin_country")
    public String originCountry;

    @Version
    public long version;
}
