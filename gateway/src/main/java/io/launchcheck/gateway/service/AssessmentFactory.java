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
 * body (serialized once as UTF-8, stored as text and answered byte for byte, on creation and by {@code GET}) and of
 * the judged profile, and the rule ids its findings and upcoming rules cite.
 */
@ApplicationScoped
public class AssessmentFactory {

    private final StoredJson json;

    public AssessmentFactory(StoredJson json) {
        this.json = json;
    }

    /**
     * The row for {@code body}, belonging to {@code team} (null for none), created now, and the body's JSON; not yet
     * stored.
     */
    public NewAssessment of(AssessmentBody body, String team) {
        Assessment assessment = new Assessment();
        assessment.id = body.id();
        assessment.appName = body.app();
        assessment.overall = body.overall();
        assessment.asOf = body.asOf();
        assessment.rulesetVersion = body.rulesetVersion();
        assessment.evaluatedAt = body.evaluatedAt();
        assessment.createdAt = Instant.now();
        assessment.profile = json.write(body.profile());
        assessment.reevaluatedFrom = body.reevaluatedFrom();
        assessment.team = team;
        assessment.ruleIds = cited(body);
        return new NewAssessment(assessment, json.writeUtf8(body));
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
