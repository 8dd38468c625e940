package io.launchcheck.registry.security;

import io.launchcheck.api.Roles;
import io.launchcheck.testing.DevTokens;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** The callers this module's tests use, as development tokens (see {@link DevTokens}). */
public final class Tokens extends DevTokens {

    public static final String OFFICER = "officer@example.org";

    private Tokens() {
    }

    /** A request as the default compliance officer. */
    public static RequestSpecification asOfficer() {
        return RestAssured.given().auth().oauth2(officer());
    }

    public static String officer() {
        return officer(OFFICER);
    }

    public static String officer(String subject) {
        return token(subject, Roles.COMPLIANCE_OFFICER);
    }

    public static String auditor() {
        return token("auditor@example.org", Roles.AUDITOR);
    }

    public static String productTeam() {
        return productTeam("dev@example.org", "payments");
    }

    public static String rulesetReader() {
        return token("rules-service", Roles.RULESET_READER);
    }
}
