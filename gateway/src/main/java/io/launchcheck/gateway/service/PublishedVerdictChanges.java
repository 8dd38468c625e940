package io.launchcheck.gateway.service;

import java.util.List;

import io.launchcheck.api.RulePublication;
import io.launchcheck.gateway.domain.ImpactPreview;

/**
 * The hook where a published rule change's effect on teams is handed on: called once per publication through the
 * gateway ({@code POST /api/v1/rule-publications}), after the registry committed it, with every target of a team's
 * latest assessment whose verdict it changed (team, app, assessment, jurisdiction, before, after, rules). The
 * per-team feed and webhooks implement it ({@link NotifiedPublishedVerdictChanges}). An implementation must not throw: the change is published whatever it does.
 */
public interface PublishedVerdictChanges {

    void published(RulePublication publication, List<ImpactPreview.Change> changes);
}
