package io.launchcheck.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.launchcheck.api.RulePublication;

/**
 * What publishing drafts through the gateway did: the registry's publication and the verdicts of the teams' latest
 * assessments it changed (judged just before publishing, on the ruleset it was published on).
 */
@Schema(requiredProperties = {"publication", "impact"})
public record RulePublicationOutcome(RulePublication publication, ImpactPreview impact) {
}
