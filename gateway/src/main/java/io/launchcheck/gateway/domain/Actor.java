package io.launchcheck.gateway.domain;

/**
 * Who acts on a waiver or a team's settings: the token's subject, whether they are a compliance officer or an
 * auditor, and a product team's team (null for officers and auditors).
 */
public record Actor(String subject, boolean officer, boolean auditor, String team) {

    /** Whose waivers, feed and deliveries they may read. */
    public Caller reader() {
        return officer || auditor ? Caller.allTeams() : Caller.ofTeam(team);
    }

    /** Whether they may read something of {@code owner}'s team. */
    public boolean sees(String owner) {
        return officer || auditor || (team != null && team.equals(owner));
    }
}
