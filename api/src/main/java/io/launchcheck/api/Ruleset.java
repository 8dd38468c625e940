package io.launchcheck.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the rules-service needs to judge, exactly as it was at {@code version}: the rules in the
 * registry, every jurisdiction (without members) and every vendor.
 */
@Schema(requiredProperties = {"version", "changedAt", "rules", "jurisdictions", "vendors"})
public record Ruleset(
        long version,
        Instant changedAt,
        List<Rule> rules,
        List<Jurisdiction> jurisdictions,
        List<Vendor> vendors) {
}
