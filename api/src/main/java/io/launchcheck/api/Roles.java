package io.launchcheck.api;

/**
 * The roles a bearer token carries in its {@code groups} claim, and the claim naming a product team. Who may do what
 * is in {@code docs/security.md}.
 */
public final class Roles {

    /** Keeps the registry true: writes rules, vendors and rule packs; reads the registry. */
    public static final String COMPLIANCE_OFFICER = "compliance-officer";
    /** Submits assessments and reads its own team's. */
    public static final String PRODUCT_TEAM = "product-team";
    /** Reads everything, writes nothing. */
    public static final String AUDITOR = "auditor";
    /** Service role of the rules-service: reads the ruleset from the registry, nothing else. */
    public static final String RULESET_READER = "ruleset-reader";
    /** Service role of the gateway: asks the rules-service for evaluations, nothing else. */
    public static final String EVALUATOR = "evaluator";

    /** The audience ({@code aud}) every LaunchCheck token is issued for ({@code mp.jwt.verify.audiences}). */
    public static final String AUDIENCE = "launchcheck";

    /** The claim that names a product team's team. */
    public static final String TEAM_CLAIM = "team";

    private Roles() {
    }
}
