package io.launchcheck.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * How to go from the ruleset version a caller holds ({@code since}) to the current one ({@code version}): the rules
 * added or changed since, and the ids of those removed, when nothing else changed; else the whole current ruleset.
 * The registry's answer to {@code GET /api/v1/ruleset/changes}, with which the rules-service follows each change at
 * the cost of the rules it touched.
 */
@Schema(requiredProperties = {"since", "version", "changedAt"})
public record RulesetUpdate(
        @Schema(description = "The version the caller holds") long since,
        @Schema(description = "The current version") long version,
        Instant changedAt,
        @Schema(nullable = true, description = "The rule-pack release the current version contains, when known")
        @JsonInclude(JsonInclude.Include.NON_NULL) RulesetPack pack,
        @Schema(description = "The rules added or changed since, each as it is now (without tests); left out when "
                + "the whole ruleset is sent")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Rule> rules,
        @Schema(description = "The ids of the rules removed since; left out when the whole ruleset is sent")
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> removed,
        @Schema(nullable = true, description = "The whole current ruleset, instead of the changes, when vendors, "
                + "models or jurisdictions changed too or the held version is too old")
        @JsonInclude(JsonInclude.Include.NON_NULL) Ruleset ruleset) {

    /** The changes of rules only, from {@code since} to {@code version}. */
    public static RulesetUpdate changes(long since, long version, Instant changedAt, RulesetPack pack, List<Rule> rules,
            List<String> removed) {
        return new RulesetUpdate(since, version, changedAt, pack, List.copyOf(rules), List.copyOf(removed), null);
    }

    /**
     * Whether this is an answer for a caller holding version {@code held}: sent for that version, and carrying either
     * the whole ruleset or both the changed rules and the removed ids.
     */
    public boolean follows(long held) {
        return since == held && (ruleset != null || rules != null && removed != null);
    }

    /** The whole current ruleset, for a caller at {@code since}. */
    public static RulesetUpdate whole(long since, Ruleset ruleset) {
        return new RulesetUpdate(since, ruleset.version(), ruleset.changedAt(), ruleset.pack(), null, null, ruleset);
    }
}
