package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The launches of the product's story, judged through the gateway by the real rules-service against the
 * real registry with the bundled real-world rule pack.
 */
@ExtendWith(E2eSystem.class)
class LaunchStoriesIT {

    private static final String DURING_DEEPSEEK_BANS = "2025-03-01";

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    static Response assess(String profile) {
        return given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam())
                .contentType(ContentType.JSON)
                .body(profile)
                .post("/api/v1/assessments");
    }

    static JsonPath assessOk(String profile) {
        Response response = assess(profile);
        response.then().statusCode(201);
        return response.jsonPath();
    }

    static Map<String, Object> result(JsonPath assessment, String jurisdiction) {
        List<Map<String, Object>> results = assessment.getList("results");
        return results.stream().filter(r -> jurisdiction.equals(r.get("jurisdiction"))).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + jurisdiction + " in " + assessment.prettify()));
    }

    @SuppressWarnings("unchecked")
    static List<String> findingIds(Map<String, Object> result) {
        return ((List<Map<String, Object>>) result.get("findings")).stream().map(f -> (String) f.get("ruleId")).toList();
    }

    @Test
    void blocksDeepSeekForItalianConsumers() {
        JsonPath assessment = assessOk(Profiles.deepSeekApi(DURING_DEEPSEEK_BANS,
                Profiles.target("IT", "\"CONSUMER\"", "")));

        Map<String, Object> italy = result(assessment, "IT");
        assertThat(italy.get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(findingIds(italy)).contains("it-garante-deepseek-processing-block");
        assertThat(assessment.getString("overall")).isEqualTo("NON_COMPLIANT");
        assertThat(assessment.getLong("rulesetVersion")).isPositive();
    }

    @Test
    void showsAComplianceOfficerTheLaunchesARuleDecides() {
        String id = assessOk(Profiles.deepSeekApi(DURING_DEEPSEEK_BANS, Profiles.target("IT", "\"CONSUMER\"", "")))
                .getString("id");

        JsonPath affected = given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.officer("carla"))
                .queryParam("ruleId", "it-garante-deepseek-processing-block").queryParam("size", 100)
                .get("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(affected.getList("items.id", String.class)).contains(id);
        JsonPath unrelated = given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.officer("carla"))
                .queryParam("ruleId", "ru-23-fz-localization-2025").queryParam("size", 100)
                .get("/api/v1/assessments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(unrelated.getList("items.id", String.class)).doesNotContain(id);
    }

    @Test
    void blocksDeepSeekOnTexasAndAustralianGovernmentDevices() {
        JsonPath assessment = assessOk(Profiles.deepSeekApi(DURING_DEEPSEEK_BANS,
                Profiles.target("US-TX", "\"GOVERNMENT\"", "") + "," + Profiles.target("AU", "\"GOVERNMENT\"", "")));

        assertThat(result(assessment, "US-TX").get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(findingIds(result(assessment, "US-TX"))).contains("us-tx-prohibited-technologies-deepseek");
        assertThat(result(assessment, "AU").get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(findingIds(result(assessment, "AU"))).contains("au-pspf-direction-001-2025-deepseek");
    }

    @Test
    void blocksDeepSeekForKoreanEnergyStateOwnedCompanies() {
        JsonPath assessment = assessOk(Profiles.deepSeekApi(DURING_DEEPSEEK_BANS,
                Profiles.target("KR", "\"STATE_OWNED_ENTERPRISE\"", "\"ENERGY\"")));

        Map<String, Object> korea = result(assessment, "KR");
        assertThat(korea.get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(findingIds(korea)).anyMatch(id -> id.startsWith("kr-khnp-deepseek"));
    }

    @Test
    void blocksDeepSeekForTheUsMilitary() {
        JsonPath assessment = assessOk(Profiles.deepSeekApi(DURING_DEEPSEEK_BANS,
                Profiles.target("US", "\"MILITARY\"", "")));

        Map<String, Object> us = result(assessment, "US");
        assertThat(us.get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(findingIds(us)).anyMatch(id -> id.startsWith("us-navy-deepseek") || id.startsWith("us-dod-disa-deepseek"));
    }

    @Test
    void findsAUsMadeSelfHostedAppCompliantForUsEnterprises() {
        JsonPath assessment = assessOk(Profiles.app("ledger-helper", "Meta", "US", "SELF_HOSTED", "\"US\"",
                DURING_DEEPSEEK_BANS, Profiles.target("US", "\"ENTERPRISE\"", "\"FINANCE\"")));

        assertThat(result(assessment, "US").get("verdict")).isEqualTo("COMPLIANT");
        assertThat(assessment.getString("overall")).isEqualTo("COMPLIANT");
    }

    @Test
    void requiresRussianUsersDataToBeStoredInRussia() {
        String abroad = Profiles.app("travel-bot", "Mistral AI", "DE", "SELF_HOSTED", "\"DE\"", "2025-09-01",
                Profiles.target("RU", "\"CONSUMER\"", ""));
        Map<String, Object> hostedAbroad = result(assessOk(abroad), "RU");
        assertThat(hostedAbroad.get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(findingIds(hostedAbroad)).contains("ru-23-fz-localization-2025");

        String atHome = Profiles.app("travel-bot", "Mistral AI", "DE", "SELF_HOSTED", "\"RU\"", "2025-09-01",
                Profiles.target("RU", "\"CONSUMER\"", ""));
        Map<String, Object> hostedInRussia = result(assessOk(atHome), "RU");
        assertThat(findingIds(hostedInRussia)).doesNotContain("ru-23-fz-localization-2025", "ru-242-fz-localization-2015");
        assertThat(hostedInRussia.get("verdict")).isEqualTo("COMPLIANT");
    }

    @Test
    void judgesItalysChatGptLimitationOnlyWhileItLasted() {
        String during = Profiles.app("chat-helper", "OpenAI", "US", "VENDOR_API", "\"US\"", "2023-04-10",
                Profiles.target("IT", "\"CONSUMER\"", ""));
        Map<String, Object> inApril = result(assessOk(during), "IT");
        assertThat(inApril.get("verdict")).isEqualTo("NON_COMPLIANT");
        assertThat(findingIds(inApril)).contains("it-garante-chatgpt-temporary-limitation-2023");

        String after = Profiles.app("chat-helper", "openai", "US", "VENDOR_API", "\"US\"", "2023-05-10",
                Profiles.target("IT", "\"CONSUMER\"", ""));
        Map<String, Object> inMay = result(assessOk(after), "IT");
        assertThat(findingIds(inMay)).doesNotContain("it-garante-chatgpt-temporary-limitation-2023");
        assertThat(inMay.get("verdict")).isNotEqualTo("NON_COMPLIANT");
    }

    @Test
    void storesEveryAssessmentAndReturnsItUnchanged() {
        Response created = assess(Profiles.deepSeekApi(DURING_DEEPSEEK_BANS, Profiles.target("it", "\"consumer\"", "")));
        created.then().statusCode(201);
        String location = created.header("Location");
        assertThat(location).contains("/api/v1/assessments/");

        String stored = given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam()).get(location)
                .then().statusCode(200).extract().asString();
        assertThat(stored).isEqualTo(created.asString());
    }

    @Test
    void rejectsAnUnknownJurisdictionNamingTheField() {
        assess(Profiles.deepSeekApi(DURING_DEEPSEEK_BANS,
                Profiles.target("IT", "", "") + "," + Profiles.target("XX", "", "")))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", org.hamcrest.Matchers.hasItem("targets[1].jurisdiction"));
    }
}
