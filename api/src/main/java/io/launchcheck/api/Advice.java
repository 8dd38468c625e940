package io.launchcheck.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A verified change to a profile for one target: applying {@code changes} and judging the changed profile against the
 * same ruleset version gave {@code verdict} for the target, clearing the findings {@code clears} and adding
 * {@code adds} (rule ids). Nothing here is a guess: every advice was re-judged.
 *
 * @param changes the profile changes, one or two (the search is bounded to pairs)
 * @param verdict the target's verdict with the changes applied, milder than its verdict without
 * @param clears  the rules among the target's findings that no longer apply
 * @param adds    the rules that apply only with the changes
 */
@Schema(requiredProperties = {"changes", "verdict", "clears", "adds"})
public record Advice(List<ProfileChange> changes, Verdict verdict, List<String> clears, List<String> adds) {

    /** The levers a team can pull; each names one kind of profile change. */
    public enum Lever {
        /** Store user data in one country only ({@code hosting.dataCountries}). */
        STORE_DATA_IN,
        /** Run the model on the team's own servers ({@code hosting.mode} SELF_HOSTED). */
        SELF_HOST,
        /** Have a third party (cloud provider, aggregator) run the model ({@code hosting.operator}). */
        OTHER_OPERATOR,
        /** A model family from another developer ({@code app.model}, {@code app.vendor}). */
        OTHER_MODEL,
        /** Do not serve one of the target's segments. */
        DROP_SEGMENT,
        /** Do not serve one of the target's sectors. */
        DROP_SECTOR,
        /** Do not process personal data ({@code processesPersonalData} false). */
        NO_PERSONAL_DATA
    }

    /**
     * One change to the profile.
     *
     * @param lever   the kind of change
     * @param field   the profile field it changes, e.g. {@code hosting.dataCountries} or {@code targets[2].segments}
     * @param value   the value it sets (or, for DROP_SEGMENT and DROP_SECTOR, the value it removes); null for
     *                SELF_HOST and NO_PERSONAL_DATA, whose field says it all
     * @param summary the change in words
     */
    @Schema(requiredProperties = {"lever", "field", "value", "summary"})
    public record ProfileChange(Lever lever, String field, @Schema(nullable = true) String value, String summary) {
    }
}
