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

/** A model family of the catalog as stored; {@code ModelMapper} maps it to {@link io.launchcheck.api.ModelFamily}. */
@Entity
@Table(name = "model_family")
public class ModelFamilyEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String name;

    /** The developer's vendor id. */
    public String developer;

    @Column(name = "origin_country")
    public String originCountry;

    @Column(name = "open_weights")
    public boolean openWeights;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> identifiers;

    @Version
    public long version;
}
