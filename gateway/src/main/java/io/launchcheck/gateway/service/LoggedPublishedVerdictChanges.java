package io.launchcheck.gateway.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.launchcheck.api.RulePublication;
import io.launchcheck.gateway.domain.ImpactPreview;
import io.quarkus.arc.DefaultBean;

/** The default {@link PublishedVerdictChanges}: logs how many verdicts a publication changed, per team. */
@DefaultBean
@ApplicationScoped
public class LoggedPublishedVerdictChanges implements PublishedVerdictChanges {

    private static final Logger LOG = Logger.getLogger(LoggedPublishedVerdictChanges.class);

    @Override
    public void published(RulePublication publication, List<ImpactPreview.Change> changes) {
        LOG.infof("Ruleset version %d published by %s changed %d verdict(s) of %d team(s)", publication.rulesetVersion(),
                publication.publishedBy(), changes.size(), changes.stream().map(ImpactPreview.Change::team).distinct().count());
    }
}
