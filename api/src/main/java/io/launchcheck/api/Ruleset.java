package io.launchcheck.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Everything the rules-service needs to judge, exactly as it was at {@code version}: the rules in the
 * registry, every jurisdiction (without members), every vendor and the model catalog.
 */
@Schema(requiredProperties = {"version", "changedAt", "rules", "jurisdictions", "vendors"})
public record Ruleset(
        long version,
        Instant changedAt,
        List<Rule> rules,
        List<Jurisdiction> jurisdictions,
        List<Vendor> vendors,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ModelFamily> models,
        @Schema(nullable = true) @JsonInclude(JsonInclude.Include.NON_NULL) RulesetPack pack) {

    /** A ruleset without a known rule-pack release. */
    public Ruleset(long version, Instant changedAt, List<Rule> rules, List<Jurisdiction> jurisdictions,
            List<Vendor> vendors, List<ModelFamily> models) {
        this(version, changedAt, rules, jurisdictions, vendors, models, null);
    }
}
