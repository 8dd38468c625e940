package io.launchcheck.api;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Applies approved waivers to judged results: a finding a waiver covers at {@code at} is kept and marked
 * {@code waived}, the target's verdict is recomputed from the findings that still count ({@link Verdicts}), and
 * the result says what was waived ({@code verdictWithoutWaivers}, {@code note}). Nothing is ever removed. A waiver
 * that expired at or before {@code at} covers nothing. Applying again (later, with other waivers) starts from the
 * verdict without waivers, so an expired or revoked waiver stops counting on every path that calls this.
 */
public final class Waiving {

    private Waiving() {
    }

    /**
     * @param team the team the results belong to; null when the grants were already chosen for one team (the
     *             command line's offline mode, whose waiver file is one team's)
     */
    public static List<JurisdictionResult> apply(List<JurisdictionResult> results, String app, String team,
            Instant at, List<WaiverGrant> grants) {
        Objects.requireNonNull(at, "at");
        if (results == null) {
            return null;
        }
        List<JurisdictionResult> applied = new ArrayList<>(results.size());
        for (JurisdictionResult result : results) {
            applied.add(result == null ? null : apply(result, app, team, at, grants == null ? List.of() : grants));
        }
        return applied;
    }

    private static JurisdictionResult apply(JurisdictionResult result, String app, String team, Instant at,
            List<WaiverGrant> grants) {
        Verdict original = result.verdictWithoutWaivers() != null ? result.verdictWithoutWaivers() : result.verdict();
        List<Finding> findings = new ArrayList<>();
        List<String> waived = new ArrayList<>();
        if (result.findings() != null) {
            for (Finding finding : result.findings()) {
                if (finding == null) {
                    findings.add(null);
                    continue;
                }
                WaiverGrant grant = grants.stream()
                        .filter(candidate -> candidate.covers(finding.ruleId(), result.jurisdiction(), app, team, at))
                        .max(Comparator.comparing(WaiverGrant::expiresAt).thenComparing(grant2 -> grant2.id().toString()))
                        .orElse(null);
                if (grant == null) {
                    findings.add(finding.withWaiver(null));
                } else {
                    findings.add(finding.withWaiver(
                            new FindingWaiver(grant.id(), grant.approvedBy(), grant.expiresAt(), grant.reference())));
                    waived.add(finding.ruleId() + " by waiver " + grant.id() + " (approved by " + grant.approvedBy()
                            + ", until " + grant.expiresAt() + ")");
                }
            }
        }
        if (waived.isEmpty()) {
            return result.withWaivers(original, findings, null, null);
        }
        // a verdict stricter than every finding gives was decided by something else: it stays (fail closed)
        Verdict residual = original.ordinal() > Verdicts.ofAll(findings).ordinal() ? original : Verdict.COMPLIANT;
        Verdict verdict = Verdicts.ofCounted(findings).worst(residual);
        String note = (waived.size() == 1 ? "1 finding is" : waived.size() + " findings are")
                + " waived and not counted toward the verdict: " + waived.stream().collect(Collectors.joining("; "))
                + ". Without waivers the verdict would be " + original + ".";
        return result.withWaivers(verdict, findings, original, note);
    }
}
