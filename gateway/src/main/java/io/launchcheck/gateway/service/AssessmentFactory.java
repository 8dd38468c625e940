package io.launchcheck.gateway.service;

import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

import jakarta.enterprise.context.ApplicationScoped;

import io.launchcheck.api.DeploymentProfile;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.gateway.domain.Assessment;
import io.launchcheck.gateway.domain.AssessmentBody;

/**
 * The one place an {@link Assessment} row is made from the public body and read back: its columns, the JSON of the
 * body (stored as text, answered byte for byte by {@code GET}) and of the judged profile, and the rule ids its
 * findings and upcoming rules cite.
 */
@ApplicationScoped
public class AssessmentFactory {

    private final StoredJson json;

    public AssessmentFactory(StoredJson json) {
        this.json = json;
    }

    /** The row for {@code body}, belonging to {@code team} (null for none), created now; not yet stored. */
    public Assessment of(AssessmentBody body, String team) {
        Assessment assessment = new Assessment();
        assessment.id = body.id();
        assessment.appName = body.app();
        assessment.overall = body.overall();
        assessment.asOf = body.asOf();
        assessment.rulesetVersion = body.rulesetVersion();
        assessment.evaluatedAt = body.evaluatedAt();
        assessment.createdAt = Instant.now();
        assessment.profile = json.write(body.profile());
        assessment.body = json.write(body);
        assessment.reevaluatedFrom = body.reevaluatedFrom();
        assessment.team = team;
        assessment.ruleIds = cited(body);
        return assessment;
    }

    /** The stored public body, as it was answered. */
    public AssessmentBody body(Assessment stored) {
        return json.read(stored.body, AssessmentBody.class);
    }

    /** The stored normalized profile that was judged. */
    public DeploymentProfile profile(Assessment stored) {
        return json.read(stored.profile, DeploymentProfile.class);
    }

    /** The rules the findings and upcoming rules cite, sorted and without repeats. */
    private static String[] cited(AssessmentBody body) {
        Set<String> cited = new TreeSet<>();
        for (JurisdictionResult result : body.results()) {
            if (result.findings() != null) {
                result.findings().forEach(finding -> cited.add(finding.ruleId()));
            }
            if (result.upcoming() != null) {
                result.upcoming().forEach(upcoming -> cited.add(upcoming.ruleId()));
            }
        }
        return cited.toArray(String[]::new);
    }
}
