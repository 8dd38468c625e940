package io.launchcheck.gateway.support;

import io.launchcheck.api.Roles;
import io.launchcheck.testing.DevTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The callers this module's tests use, as development tokens (see {@link DevTokens}). */
public final class Tokens extends DevTokens {

    private Tokens() {
    }

    /** The team the gateway's tests submit as unless they say otherwise. */
    public static final String TEAM = "payments";

    /** A request as a member of {@link #TEAM}. */
    public static RequestSpecification asTeam() {
        return RestAssured.given().auth().oauth2(productTeam(TEAM));
    }

    public static RequestSpecification asTeam(String team) {
        return RestAssured.given().auth().oauth2(productTeam(team));
    }

    public static RequestSpecification asAuditor() {
        return RestAssured.given().auth().oauth2(auditor());
    }

    public static RequestSpecification asComplianceOfficer() {
        return RestAssured.given().auth().oauth2(token("officer@example.org", Roles.COMPLIANCE_OFFICER));
    }

    public static String productTeam(String team) {
        return productTeam("dev@" + team + ".example.org", team);
    }

    public static String auditor() {
        return token("auditor@example.org", Roles.AUDITOR);
    }
}
