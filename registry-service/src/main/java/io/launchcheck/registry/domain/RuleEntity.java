package io.launchcheck.registry.domain;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Coverage;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A rule as stored; {@code RuleMapper} maps it to and from {@link io.launchcheck.api.Rule}. */
@Entity
@Table(name = "rule")
public class RuleEntity extends PanacheEntityBase {

    @Id
    public String id;

    public String jurisdiction;

    public String organization;

    @Enumerated(EnumType.STRING)
    public RuleKind kind;

    public String title;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subject_vendors", columnDefinition = "text[]")
    public List<String> subjectVendors;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subject_apps", columnDefinition = "text[]")
    public List<String> subjectApps;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "subject_origin_countries", columnDefinition = "text[]")
    public List<String> subjectOriginCountries;

    /** Segment names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> segments;

    /** Sector names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> sectors;

    /** Hosting mode names. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "hosting_modes", columnDefinition = "text[]")
    public List<String> hostingModes;

    /** Null when not given. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "storage_countries", columnDefinition = "text[]")
    public List<String> storageCountries;

    /** Null when not given; an empty list means "only the rule's own jurisdiction". */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "allowed_destinations", columnDefinition = "text[]")
    public List<String> allowedDestinations;

    @Column(name = "personal_data_only")
    public boolean personalDataOnly;

    @Enumerated(EnumType.STRING)
    public Severity severity;

    @Enumerated(EnumType.STRING)
    public RuleStatus status;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "effective_to")
    public LocalDate effectiveTo;

    @Column(name = "date_note")
    public String dateNote;

    public String summary;

    @Column(name = "legal_basis")
    public String legalBasis;

    public String authority;

    @Column(name = "source_url")
    public String sourceUrl;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> sources;

    public String remediation;

    public String scope;

    @Column(name = "hosting_rationale")
    public String hostingRationale;

    /** Null: derived from the hosting modes (see {@link io.launchcheck.api.Rule}). */
    @Enumerated(EnumType.STRING)
    public Coverage covers;

    @Enumerated(EnumType.STRING)
    public Confidence confidence;

    /** The day the rule was last checked against its sources; null for rules never reviewed. */
    @Column(name = "reviewed_on")
    public LocalDate reviewedOn;

    /** Use case names; empty: any use. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "use_cases", columnDefinition = "text[]")
    public List<String> useCases;

    /** Team role names; empty: every role. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(columnDefinition = "text[]")
    public List<String> roles;
    /** The rule's tests as a JSON array of {@link io.launchcheck.api.RuleTest}; null when it has none. */
    public String tests;

    @Version
    public long version;
}
