package io.launchcheck.api;

import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An example a rule carries: a deployment profile and what judging it with the rule in the ruleset must give for
 * one of its targets. Like {@code opa test} or {@code kyverno test}, a rule whose tests fail is not saved.
 *
 * @param name     what the example shows, unique within the rule (reported with the result)
 * @param profile  the profile to judge; its {@code asOf} is required so that the example means the same every day
 * @param target   which of the profile's targets is checked (its jurisdiction code)
 * @param verdict  the verdict the target must get (null: any verdict not in {@code notVerdicts})
 * @param notVerdicts verdicts the target must not get
 * @param matches  whether the rule itself must be among the target's findings (true) or must not be (false)
 */
@Schema(description = "An example profile a rule carries with the verdict it must (and must not) produce for one "
        + "target, and whether the rule itself must be among that target's findings.",
        requiredProperties = {"name", "profile", "target", "matches"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record RuleTest(
        @NotBlank @Size(max = 200) String name,
        @NotNull @Valid DeploymentProfile profile,
        @NotBlank @Size(max = 10) String target,
        @Schema(nullable = true) Verdict verdict,
        @Schema(nullable = true) Set<Verdict> notVerdicts,
        @NotNull Boolean matches) {

    /** The verdicts not expected, in their declared order. */
    public RuleTest {
        notVerdicts = OrderedSets.of(notVerdicts);
    }
}
