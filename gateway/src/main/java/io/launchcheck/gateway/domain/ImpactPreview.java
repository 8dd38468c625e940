package io.launchcheck.gateway.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.Verdict;

/**
 * Which verdicts some rule drafts would change: the latest stored assessment of every app of every team, judged
 * with and without the drafts against the same catalog on the same day.
 *
 * @param rulesetVersion the published ruleset the drafts were put on
 * @param assessments    latest assessments considered (one per team and app)
 * @param judged         of those, judged twice (the others have no target a draft's rule is handed to)
 * @param changedVerdicts targets whose verdict would change
 * @param groups         the changes counted per team and jurisdiction
 * @param changes        each target whose verdict would change
 * @param unjudged       assessments whose profile could not be judged now (no claim is made about them)
 */
@Schema(requiredProperties = {"rulesetVersion", "drafts", "asOf", "assessments", "judged", "unaffected",
        "changedVerdicts", "groups", "changes", "unjudged"})
public record ImpactPreview(long rulesetVersion, List<UUID> drafts, LocalDate asOf, int assessments, int judged,
        int unaffected, int changedVerdicts, List<Group> groups, List<Change> changes, List<UUID> unjudged) {

    /** The changes of one team in one jurisdiction. */
    @Schema(requiredProperties = {"jurisdiction", "count", "transitions"})
    public record Group(@Schema(nullable = true, description = "Null for assessments stored before teams were recorded") String team,
            String jurisdiction, int count, List<Transition> transitions) {
    }

    /** How many targets would go from one verdict to another. */
    @Schema(requiredProperties = {"before", "after", "count"})
    public record Transition(Verdict before, Verdict after, int count) {
    }

    /** One target of one latest assessment whose verdict would change, with the rules that newly match or no longer do. */
    @Schema(requiredProperties = {"assessmentId", "app", "jurisdiction", "before", "after", "rules"})
    public record Change(UUID assessmentId, @Schema(nullable = true) String team, String app, String jurisdiction,
            Verdict before, Verdict after, List<String> rules) {
    }
}
