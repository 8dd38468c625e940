package io.launchcheck.api;

import java.time.Instant;
import java.util.UUID;

/**
 * An approved waiver as it is applied to findings: it covers the findings of rule {@code ruleId} in the target
 * jurisdiction {@code jurisdiction} of the app {@code app} (case-insensitive) of team {@code team}, until
 * {@code expiresAt} (exclusive).
 */
public record WaiverGrant(UUID id, String ruleId, String jurisdiction, String app, String team, String approvedBy,
        Instant expiresAt, String reference) {

    /** Whether this waiver covers a finding of {@code ruleId} in target {@code target} of the app at {@code at}. */
    public boolean covers(String ruleId, String target, String app, String team, Instant at) {
        return this.ruleId != null && this.ruleId.equals(ruleId)
                && jurisdiction != null && target != null && Codes.normalize(jurisdiction).equals(Codes.normalize(target))
                && this.app != null && app != null && this.app.strip().equalsIgnoreCase(app.strip())
                && (team == null || team.equals(this.team))
                && expiresAt != null && at.isBefore(expiresAt);
    }
}
