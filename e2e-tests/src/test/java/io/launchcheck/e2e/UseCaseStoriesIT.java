package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * Launches whose obligations depend on what the AI system does and the team's role, judged through the gateway by the
 * real rules-service against the real registry with the bundled pack (release 2026.12.2): every answer is checked
 * against the served OpenAPI documents by the suite's contract filter.
 */
@ExtendWith(E2eSystem.class)
class UseCaseStoriesIT {

    private static final String HIGH_RISK_DEPLOYERS = "eu-ai-act-annex-iii-high-risk-deployers";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    private static String app(String name, String asOf, String target, String useAndRole) {
        return """
                {"app": {"name": "%s", "vendor": "Meta", "model": "meta-llama/Llama-3.1-8B-Instruct"},
                 "hosting": {"mode": "SELF_HOSTED", "dataCountries": ["DE"]},
                 "targets": [{"jurisdiction": "%s", "segments": ["CONSUMER", "ENTERPRISE"]}],
                 "asOf": "%s"%s}
                """.formatted(name, target, asOf, useAndRole.isEmpty() ? "" : ", " + useAndRole);
    }

    private static JsonPath assessOk(String profile) {
        return given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam())
                .contentType(ContentType.JSON).body(profile).post("/api/v1/assessments")
                .then().statusCode(201).extract().jsonPath();
    }

    /** The rule ids of the first target's findings, upcoming or notChecked list (absent: none). */
    private static List<String> ids(JsonPath assessment, String list) {
        List<String> ids = assessment.getList("results[0]." + list + ".ruleId", String.class);
        return ids == null ? List.of() : ids;
    }

    @Test
    void aHiringScreeningDeployerInTheEuSeesHighRiskDutiesComeIntoForceOn2August2026() {
        String useAndRole = "\"useCases\": [\"EMPLOYMENT\"], \"role\": \"DEPLOYER\"";

        JsonPath june = assessOk(app("hiring-screen", "2026-06-01", "EU", useAndRole));
        assertThat(ids(june, "findings")).containsExactly("eu-ai-act-art4-ai-literacy");
        assertThat(ids(june, "upcoming")).contains(HIGH_RISK_DEPLOYERS).doesNotContain("eu-ai-act-annex-iii-high-risk-providers");
        assertThat(june.getString("results[0].upcoming.find { it.ruleId == '" + HIGH_RISK_DEPLOYERS + "' }.effectiveFrom"))
                .isEqualTo("2026-08-02");
        assertThat(june.getString("results[0].upcoming.find { it.ruleId == '" + HIGH_RISK_DEPLOYERS + "' }.confidence"))
                .isEqualTo("MEDIUM");
        assertThat(june.getString("results[0].upcoming.find { it.ruleId == '" + HIGH_RISK_DEPLOYERS + "' }.reviewedOn"))
                .isEqualTo("2026-12-01");
        assertThat(june.getString("results[0].verdict")).isEqualTo("NEEDS_REVIEW");

        JsonPath december = assessOk(app("hiring-screen", "2026-12-01", "EU", useAndRole));
        assertThat(ids(december, "findings")).contains(HIGH_RISK_DEPLOYERS, "eu-ai-act-art4-ai-literacy");
        assertThat(december.getString("results[0].verdict")).isEqualTo("NEEDS_REVIEW");
        assertThat(december.getString("profile.useCases[0]")).isEqualTo("EMPLOYMENT");
        assertThat(december.getString("profile.role")).isEqualTo("DEPLOYER");
        assertThat(december.getString("ruleset.pack.name")).isEqualTo("world-ai-restrictions");
        assertThat(december.getString("ruleset.pack.release")).isEqualTo("2026.12.2");
    }

    @Test
    void theSameAppWithoutUseCasesIsJudgedAsBeforeAndToldWhatCouldNotBeChecked() {
        JsonPath assessment = assessOk(app("hiring-screen-legacy", "2026-12-01", "EU", ""));

        assertThat(assessment.getString("results[0].verdict")).isEqualTo("COMPLIANT");
        assertThat(ids(assessment, "findings")).isEmpty();
        assertThat(ids(assessment, "notChecked")).contains(HIGH_RISK_DEPLOYERS, "eu-ai-act-art5-prohibited-practices");
        assertThat(assessment.getList("results[0].notChecked.find { it.ruleId == '" + HIGH_RISK_DEPLOYERS + "' }.needs",
                String.class)).containsExactly("useCases", "role");
    }

    /** The use cases and roles in their declaration order (io.launchcheck.api.UseCase, TeamRole). */
    private static final List<String> USE_CASES = List.of(
            "CONVERSATIONAL_ASSISTANT", "CONTENT_GENERATION", "DEEPFAKE", "INTIMATE_IMAGERY", "EMOTION_RECOGNITION",
            "EMOTION_RECOGNITION_AT_WORK_OR_SCHOOL", "BIOMETRIC_CATEGORISATION",
            "SENSITIVE_BIOMETRIC_CATEGORISATION", "REMOTE_BIOMETRIC_IDENTIFICATION", "FACIAL_IMAGE_SCRAPING",
            "SOCIAL_SCORING", "MANIPULATIVE_TECHNIQUES", "CRIME_RISK_PREDICTION", "CRITICAL_INFRASTRUCTURE",
            "EDUCATION", "EMPLOYMENT", "ESSENTIAL_SERVICES", "CREDIT_SCORING", "INSURANCE", "HOUSING", "MEDICAL",
            "LEGAL_SERVICES", "LAW_ENFORCEMENT", "MIGRATION", "JUSTICE", "MINORS_AS_USERS", "GENERAL_PURPOSE_AI_MODEL");
    private static final List<String> ROLES = List.of("PROVIDER", "DEPLOYER", "IMPORTER", "DISTRIBUTOR");

    /** The names in the given order: what every answer gives, whatever order the input had. */
    private static void inDeclaredOrder(List<String> names, List<String> declared) {
        assertThat(names).containsExactlyElementsOf(declared.stream().filter(names::contains).toList());
    }

    @Test
    void useCasesAndRolesAreAnsweredInTheirDeclaredOrderFromRegistryToGateway() {
        JsonPath stated = assessOk(app("order-stated", "2026-12-01", "EU",
                "\"useCases\": [\"MINORS_AS_USERS\", \"EMPLOYMENT\", \"EDUCATION\", \"DEEPFAKE\", "
                        + "\"CONVERSATIONAL_ASSISTANT\"], \"role\": \"DEPLOYER\""));
        assertThat(stated.getList("profile.useCases", String.class)).containsExactly("CONVERSATIONAL_ASSISTANT",
                "DEEPFAKE", "EDUCATION", "EMPLOYMENT", "MINORS_AS_USERS");
        assertThat(stated.getList("profile.targets[0].segments", String.class)).containsExactly("CONSUMER", "ENTERPRISE");

        // the rules' own sets travel registry -> rules-service -> gateway as JSON, read into sets at every step
        JsonPath unstated = assessOk(app("order-unstated", "2026-12-01", "EU", ""));
        List<java.util.Map<String, Object>> notChecked = unstated.getList("results[0].notChecked");
        assertThat(notChecked).isNotEmpty();
        assertThat(notChecked.stream().mapToInt(rule -> ((List<?>) rule.get("useCases")).size()).max().orElse(0))
                .as("a rule with many use cases, whose order a hash set would change").isGreaterThan(5);
        for (int i = 0; i < notChecked.size(); i++) {
            inDeclaredOrder(unstated.getList("results[0].notChecked[" + i + "].useCases", String.class),
                    USE_CASES);
            inDeclaredOrder(unstated.getList("results[0].notChecked[" + i + "].roles", String.class),
                    ROLES);
        }
    }

    @Test
    void aChatbotProviderInTheEuMustTellUsersTheyAreTalkingToAnAi() {
        JsonPath assessment = assessOk(app("helpdesk-bot", "2026-12-01", "EU",
                "\"useCases\": [\"CONVERSATIONAL_ASSISTANT\", \"CONTENT_GENERATION\"], \"role\": \"PROVIDER\""));

        assertThat(ids(assessment, "findings")).contains("eu-ai-act-art50-interaction-disclosure",
                "eu-ai-act-art50-synthetic-content-marking");
        assertThat(assessment.getString("overall")).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void socialScoringIsAProhibitedPracticeInTheEu() {
        JsonPath assessment = assessOk(app("citizen-score", "2026-12-01", "FR",
                "\"useCases\": [\"SOCIAL_SCORING\"], \"role\": \"PROVIDER\""));

        assertThat(ids(assessment, "findings")).contains("eu-ai-act-art5-prohibited-practices");
        assertThat(assessment.getString("overall")).isEqualTo("NON_COMPLIANT");
    }

    @Test
    void aGenerativeConsumerAppInKoreaMustLabelItsOutputsAfter22January2026() {
        String useAndRole = "\"useCases\": [\"CONTENT_GENERATION\"], \"role\": \"PROVIDER\"";

        assertThat(assessOk(app("image-studio", "2026-01-21", "KR", useAndRole)).getString("overall"))
                .isEqualTo("COMPLIANT");
        JsonPath after = assessOk(app("image-studio", "2026-02-01", "KR", useAndRole));
        assertThat(ids(after, "findings")).containsExactly("kr-ai-basic-act-generative-ai-labelling");
        assertThat(after.getString("overall")).isEqualTo("NEEDS_REVIEW");
    }

    @Test
    void anUnknownUseCaseIsRefusedNamingTheFieldAndTheKnownValues() {
        JsonPath problem = given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam())
                .contentType(ContentType.JSON).body(app("x", "2026-12-01", "EU", "\"useCases\": [\"HIRING\"]"))
                .post("/api/v1/assessments").then().statusCode(400).contentType("application/problem+json")
                .extract().jsonPath();

        assertThat(problem.getList("errors.field", String.class)).contains("useCases[0]");
        assertThat(problem.getString("errors[0].message")).contains("HIRING").contains("EMPLOYMENT");
    }
}
