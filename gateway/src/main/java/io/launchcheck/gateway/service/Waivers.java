package io.launchcheck.gateway.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdicts;
import io.launchcheck.api.WaiverGrant;
import io.launchcheck.api.Waiving;
import io.launchcheck.gateway.repository.WaiverRepository;

/**
 * The one way judged results get their waivers, on every path of the gateway (new assessment, re-evaluation,
 * the re-judgement behind a team's feed, launch maps): the approved waivers of the app's team that have not
 * expired at {@code at} are read from the database and applied with {@link Waiving}. An expired or revoked waiver
 * is simply not among them, so it stops counting everywhere at once.
 */
@ApplicationScoped
public class Waivers {

    private final WaiverRepository repository;

    public Waivers(WaiverRepository repository) {
        this.repository = repository;
    }

    /**
     * The results with every finding an active waiver covers marked {@code waived} and each target's verdict
     * recomputed without them. Results of an assessment without a team get no waivers.
     */
    public List<JurisdictionResult> apply(List<JurisdictionResult> results, String app, String team, Instant at) {
        List<WaiverGrant> grants = team == null || app == null ? List.of()
                : repository.activeGrants(app, team, at);
        return Waiving.apply(results, app, team == null ? "" : team, at, grants);
    }

    /** The overall verdict of results (waivers applied): the worst target's. */
    public static io.launchcheck.api.Verdict overall(List<JurisdictionResult> results) {
        return Verdicts.overall(results);
    }
}
