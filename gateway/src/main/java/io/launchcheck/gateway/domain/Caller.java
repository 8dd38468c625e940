package io.launchcheck.gateway.domain;

/**
 * Whose assessments a caller may see: a product team sees its own team's, an auditor or a compliance officer
 * every team's (including assessments stored before teams were recorded, whose team is null).
 */
public record Caller(String team, boolean everyTeam) {

    public static Caller ofTeam(String team) {
        return new Caller(team, false);
    }

    /** An auditor or a compliance officer. */
    public static Caller allTeams() {
        return new Caller(null, true);
    }

    public boolean sees(Assessment assessment) {
        return seesTeam(assessment.team);
    }

    public boolean sees(LaunchMap launchMap) {
        return seesTeam(launchMap.team);
    }

    /** Whether the caller may see what this team stored (null: stored before teams were kept). */
    public boolean seesTeam(String owner) {
        return everyTeam || (team != null && team.equals(owner));
    }
}
