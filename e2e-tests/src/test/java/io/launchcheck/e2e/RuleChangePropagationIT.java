package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * A compliance officer's change in the real registry reaches verdicts through the real rules-service
 * without any restart, and an old ruleset version still judges as it did.
 */
@ExtendWith(E2eSystem.class)
class RuleChangePropagationIT {

    private static final String ICELAND_PROFILE = Profiles.deepSeekApi("2025-06-01",
            Profiles.target("IS", "\"CONSUMER\"", ""));

    @Test
    void theRulesServiceListensToTheRealRegistrysPushChannel() {
        String channel = Eventually.within(Duration.ofSeconds(20), () -> {
            String state = given().baseUri(E2eSystem.get().rules.baseUrl()).get("/q/health/ready")
                    .then().statusCode(200).extract().jsonPath()
                    .getString("checks.find { it.name == 'ruleset' }.data.pushChannel");
            assertThat(state).isEqualTo("up");
            return state;
        });
        assertThat(channel).isEqualTo("up");
    }

    @Test
    void aNewRuleInTheRegistryChangesTheNextVerdict() {
        JsonPath before = LaunchStoriesIT.assessOk(ICELAND_PROFILE);
        assertThat(LaunchStoriesIT.result(before, "IS").get("verdict")).isNotEqualTo("NON_COMPLIANT");
        long versionBefore = before.getLong("rulesetVersion");

        given().baseUri(E2eSystem.get().registry.baseUrl())
                .contentType(ContentType.JSON)
                .auth().oauth2(Tokens.officer("e2e-compliance-officer"))
                .header("X-Change-Reason", "end-to-end propagation check")
                .body("""
                        {"id": "is-e2e-deepseek-ban", "jurisdiction": "IS", "kind": "NATIONWIDE_BAN",
                         "title": "Test ban of DeepSeek in Iceland",
                         "subject": {"vendors": ["deepseek"], "apps": [], "originCountries": []},
                         "segments": [], "sectors": [], "hostingModes": ["VENDOR_API"],
                         "severity": "BLOCKING", "status": "IN_FORCE", "effectiveFrom": "2025-01-01",
                         "legalBasis": "End-to-end test rule", "authority": "Test authority",
                         "sourceUrl": "https://example.org/is-e2e", "remediation": "Self-host the model.",
                         "confidence": "HIGH", "hostingRationale": "Covers the vendor's service only."}
                        """)
                .post("/api/v1/rules")
                .then().statusCode(201);
        given().baseUri(E2eSystem.get().registry.baseUrl()).auth().oauth2(Tokens.auditor())
                .get("/api/v1/rules/is-e2e-deepseek-ban/history")
                .then().statusCode(200).body("[0].actor", org.hamcrest.Matchers.equalTo("e2e-compliance-officer"));

        JsonPath after = Eventually.within(Duration.ofSeconds(10), () -> {
            JsonPath assessment = LaunchStoriesIT.assessOk(ICELAND_PROFILE);
            assertThat(LaunchStoriesIT.findingIds(LaunchStoriesIT.result(assessment, "IS"))).contains("is-e2e-deepseek-ban");
            return assessment;
        });
        assertThat(LaunchStoriesIT.result(after, "IS").get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(after.getLong("rulesetVersion")).isGreaterThan(versionBefore);

        String id = before.getString("id");
        JsonPath pinned = given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam())
                .contentType(ContentType.JSON)
                .body("{\"rulesetVersion\": " + versionBefore + "}")
                .post("/api/v1/assessments/" + id + "/reevaluate")
                .then().statusCode(201).extract().jsonPath();
        assertThat(pinned.getLong("rulesetVersion")).isEqualTo(versionBefore);
        assertThat(LaunchStoriesIT.findingIds(LaunchStoriesIT.result(pinned, "IS"))).doesNotContain("is-e2e-deepseek-ban");
    }
}
