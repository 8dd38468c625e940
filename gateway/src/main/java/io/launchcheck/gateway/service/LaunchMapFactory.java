package io.launchcheck.gateway.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.gateway.domain.LaunchMap;
import io.launchcheck.gateway.domain.LaunchMapBody;
import io.launchcheck.gateway.domain.LaunchMapTotals;

/**
 * The one place a {@link LaunchMap} row is made from the public body: its columns (the totals among them), the JSON
 * of the normalized request that was judged, and the body as UTF-8 JSON, serialized once (those bytes are stored,
 * answered by the {@code POST}, and read back byte for byte by {@code GET}).
 */
@ApplicationScoped
public class LaunchMapFactory {

    private final StoredJson json;

    public LaunchMapFactory(StoredJson json) {
        this.json = json;
    }

    /** The row for {@code body}, belonging to {@code team}, created now, with the body's bytes; not yet stored. */
    public NewLaunchMap of(LaunchMapBody body, String team) {
        LaunchMapTotals totals = body.totals();
        LaunchMap map = new LaunchMap();
        map.id = body.id();
        map.team = team;
        map.appName = body.app();
        map.scope = body.scope().kind();
        map.overall = body.overall();
        map.targets = totals.targets();
        map.compliant = totals.compliant();
        map.needsReview = totals.needsReview();
        map.nonCompliant = totals.nonCompliant();
        map.asOf = body.asOf();
        map.rulesetVersion = body.rulesetVersion();
        map.evaluatedAt = body.evaluatedAt();
        map.createdAt = Instant.now();
        map.request = json.write(body.launchMap());
        return new NewLaunchMap(map, json.writeUtf8(body));
    }
}
