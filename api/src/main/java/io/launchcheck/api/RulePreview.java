package io.launchcheck.api;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What some drafts would change: every target whose verdict differs between the published ruleset and the published
 * ruleset with the drafts, both with the same vendors, models and jurisdictions.
 *
 * @param rulesetVersion the published version the drafts were put on
 * @param judged         profiles judged with and without the drafts
 * @param unaffected     profiles with no target a draft's rule is handed to (reached and covering the app): same
 *                       verdicts by construction, not judged
 * @param unjudged       keys of profiles that could not be judged (e.g. a target no longer known): no claim is made
 *                       about them
 */
@Schema(requiredProperties = {"rulesetVersion", "drafts", "asOf", "profiles", "judged", "unaffected", "changes",
        "unjudged"})
public record RulePreview(long rulesetVersion, List<UUID> drafts, LocalDate asOf, int profiles, int judged,
        int unaffected, List<Change> changes, List<String> unjudged) {

    /**
     * One target whose verdict would change.
     *
     * @param rules the drafts' rules that newly match or no longer match that target
     */
    @Schema(requiredProperties = {"key", "jurisdiction", "before", "after", "rules"})
    public record Change(String key, String jurisdiction, Verdict before, Verdict after, List<String> rules) {
    }
}
