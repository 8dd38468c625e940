package io.launchcheck.gateway.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.launchcheck.api.Roles;
import io.launchcheck.api.problem.ProblemException;
import io.launchcheck.gateway.domain.Actor;
import io.launchcheck.gateway.domain.Caller;

/** The one place that turns the caller's token into whose assessments they may see and under which team they store. */
@RequestScoped
public class CallerResolver {

    static final int MAX_TEAM = 200;

    private final JsonWebToken token;

    public CallerResolver(JsonWebToken token) {
        this.token = token;
    }

    /**
     * Auditors and compliance officers (who look for the launches a rule affects) see every team; a product team
     * sees its own, named by the {@code team} claim.
     */
    public Caller reader() {
        if (token.getGroups().contains(Roles.AUDITOR) || token.getGroups().contains(Roles.COMPLIANCE_OFFICER)) {
            return Caller.allTeams();
        }
        return Caller.ofTeam(team());
    }

    /** The team a product team's assessment is stored under. */
    public String team() {
        Object claim = token.getClaim(Roles.TEAM_CLAIM);
        String team = claim instanceof JsonString string ? string.getString().strip()
                : claim instanceof String string ? string.strip() : null;
        if (team == null || team.isEmpty() || team.length() > MAX_TEAM) {
            throw new ProblemException(403, "Forbidden",
                    "The token names no team: a product-team token needs a '" + Roles.TEAM_CLAIM
                            + "' claim (at most " + MAX_TEAM + " characters).", null, null);
        }
        return team;
    }

    /**
     * Who acts, as the history records them: the token's {@code upn}, else {@code preferred_username}, else
     * {@code sub} (MicroProfile JWT's name of the caller), with the role and team that decide what they may do.
     */
    public Actor actor() {
        boolean officer = token.getGroups().contains(Roles.COMPLIANCE_OFFICER);
        boolean auditor = token.getGroups().contains(Roles.AUDITOR);
        boolean product = token.getGroups().contains(Roles.PRODUCT_TEAM);
        String subject = token.getName();
        if (subject == null || subject.isBlank() || subject.length() > MAX_TEAM) {
            throw ProblemException.forbidden("The token names no subject (upn, preferred_username or sub, at most "
                    + MAX_TEAM + " characters).");
        }
        return new Actor(subject.strip(), officer, auditor, product && !officer && !auditor ? team() : null);
    }
}
