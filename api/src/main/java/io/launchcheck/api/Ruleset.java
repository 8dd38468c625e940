package io.launchcheck.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything the rules-service needs to judge, exactly as it was at {@code version}: the rules in the
 * registry, every jurisdiction (without members), every vendor and the model catalog.
 *
 * <p>Jurisdictions are reference data, the same in every version and by far the largest part (about 5,400 with the
 * ISO 3166-2 subdivisions). {@code jurisdictionsDigest} names them; a caller that already holds jurisdictions with
 * that digest may ask for the ruleset without them ({@code jurisdictions} is then left out) and keep its own.
 */
@Schema(requiredProperties = {"version", "changedAt", "rules", "vendors"})
public record Ruleset(
        long version,
        Instant changedAt,
        List<Rule> rules,
        @Schema(description = "Every jurisdiction, without members. Left out only when the caller named the digest "
                + "of the jurisdictions it holds (jurisdictionsDigest) and they are still the same")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Jurisdiction> jurisdictions,
        List<Vendor> vendors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ModelFamily> models,
        @Schema(nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) RulesetPack pack,
        @Schema(description = "SHA-256 (hex) of the jurisdictions: the same digest means the same jurisdictions",
                example = "3f1c9a0d5e...")
        @JsonInclude(JsonInclude.Include.NON_NULL) String jurisdictionsDigest) {

    /** A ruleset without a known rule-pack release. */
    public Ruleset(long version, Instant changedAt, List<Rule> rules, List<Jurisdiction> jurisdictions,
            List<Vendor> vendors, List<ModelFamily> models) {
        this(version, changedAt, rules, jurisdictions, vendors, models, null, null);
    }

    /** A ruleset whose jurisdictions have no digest. */
    public Ruleset(long version, Instant changedAt, List<Rule> rules, List<Jurisdiction> jurisdictions,
            List<Vendor> vendors, List<ModelFamily> models, RulesetPack pack) {
        this(version, changedAt, rules, jurisdictions, vendors, models, pack, null);
    }

    /** The same ruleset with these jurisdictions (null: left out), everything else kept. */
    public Ruleset withJurisdictions(List<Jurisdiction> replaced) {
        return new Ruleset(version, changedAt, rules, replaced, vendors, models, pack, jurisdictionsDigest);
    }
}
