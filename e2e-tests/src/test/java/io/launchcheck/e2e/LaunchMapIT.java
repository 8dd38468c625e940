package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * Launch maps through the gateway, the real rules-service and the real registry with the bundled pack: the whole
 * world judged in one request, the EU's members, and advice that holds when a team follows it.
 */
@ExtendWith(E2eSystem.class)
class LaunchMapIT {

    private static final String LAUNCH_MAPS = "/api/v1/launch-maps";

    private static String deepSeekApi(String scope) {
        return """
                {"app": {"name": "acme-map", "vendor": "DeepSeek", "model": "deepseek-r1"},
                 "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]}, "processesPersonalData": true,
                 "segments": ["CONSUMER", "GOVERNMENT"], "scope": %s, "asOf": "2025-03-01"}
                """.formatted(scope);
    }

    private static Response create(String body) {
        return given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam())
                .contentType(ContentType.JSON).body(body).post(LAUNCH_MAPS);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> result(JsonPath map, String jurisdiction) {
        List<Map<String, Object>> results = map.getList("results");
        return results.stream().filter(r -> jurisdiction.equals(r.get("jurisdiction"))).findFirst()
                .orElseThrow(() -> new AssertionError("no result for " + jurisdiction));
    }

    @Test
    @SuppressWarnings("unchecked")
    void judgesTheWholeWorldAndItsAdviceHoldsWhenFollowed() {
        Response created = create(deepSeekApi("{\"kind\": \"WORLD\", \"subdivisionsOf\": [\"US\"]}"));
        created.then().statusCode(201);
        JsonPath map = created.jsonPath();

        assertThat(map.getInt("totals.targets")).isGreaterThan(249 + 50);
        assertThat(map.getInt("totals.compliant") + map.getInt("totals.needsReview") + map.getInt("totals.nonCompliant"))
                .isEqualTo(map.getInt("totals.targets"));
        assertThat(map.getList("results.jurisdiction", String.class)).contains("IT", "KR", "US", "US-TX", "ZW")
                .doesNotContain("EU").doesNotHaveDuplicates();
        assertThat(map.getString("overall")).isEqualTo("NON_COMPLIANT");
        long version = given().baseUri(E2eSystem.get().registry.baseUrl()).auth().oauth2(Tokens.officer("carla"))
                .get("/api/v1/ruleset").then().statusCode(200).extract().jsonPath().getLong("version");
        assertThat(map.getLong("rulesetVersion")).isEqualTo(version);

        Map<String, Object> italy = result(map, "IT");
        assertThat(italy.get("verdict")).isEqualTo("NON_COMPLIANT");
        List<Map<String, Object>> advice = (List<Map<String, Object>>) italy.get("advice");
        assertThat(advice).isNotEmpty();
        Map<String, Object> selfHost = advice.stream()
                .filter(a -> ((List<Map<String, Object>>) a.get("changes")).stream()
                        .anyMatch(c -> "SELF_HOST".equals(c.get("lever"))))
                .findFirst().orElseThrow(() -> new AssertionError("no self-hosting advice for IT: " + advice));
        assertThat((List<String>) selfHost.get("clears")).contains("it-garante-deepseek-processing-block");

        // the team follows the advice: the same profile, self-hosted, assessed for Italy alone
        assertThat((List<?>) selfHost.get("changes")).hasSize(1);
        JsonPath followed = LaunchStoriesIT.assessOk("""
                {"app": {"name": "acme-map", "vendor": "DeepSeek", "model": "deepseek-r1"},
                 "hosting": {"mode": "SELF_HOSTED", "dataCountries": ["CN"]}, "processesPersonalData": true,
                 "targets": [{"jurisdiction": "IT", "segments": ["CONSUMER", "GOVERNMENT"]}], "asOf": "2025-03-01"}
                """);
        assertThat(LaunchStoriesIT.result(followed, "IT").get("verdict")).isEqualTo(selfHost.get("verdict"));
        List<Map<String, Object>> results = map.getList("results");
        assertThat(results).filteredOn(r -> "COMPLIANT".equals(r.get("verdict")))
                .allSatisfy(r -> assertThat(r).doesNotContainKey("advice"));
        assertThat(results).filteredOn(r -> !"COMPLIANT".equals(r.get("verdict")))
                .allSatisfy(r -> assertThat(r).containsKey("advice"));

        String stored = given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam())
                .get(created.header("Location")).then().statusCode(200).extract().asString();
        assertThat(stored).isEqualTo(created.asString());
        System.out.printf("World launch map: %d targets, %d bytes%n", map.getInt("totals.targets"),
                created.asByteArray().length);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theWorldMapWithAdviceListsEachUncheckedRuleOnceAndStaysUnder200Kilobytes() throws java.io.IOException {
        // the benchmark's world profile (docs/benchmarks.md, "Launch maps and advice"): no useCases, no role
        String world = java.nio.file.Files.readString(Path.of(System.getProperty("launchcheck.root", ".."))
                .resolve("load-tests/profiles/world-launch-map.json"));
        Response created = create(world);
        created.then().statusCode(201);
        JsonPath map = created.jsonPath();

        assertThat(map.getInt("totals.targets")).isGreaterThanOrEqualTo(249);
        List<Map<String, Object>> notChecked = map.getList("notChecked");
        assertThat(notChecked).extracting(rule -> rule.get("ruleId")).doesNotHaveDuplicates()
                .contains("eu-ai-act-art5-prohibited-practices", "eu-ai-act-annex-iii-high-risk-deployers");
        Map<String, Object> prohibited = notChecked.stream()
                .filter(rule -> "eu-ai-act-art5-prohibited-practices".equals(rule.get("ruleId"))).findFirst().orElseThrow();
        assertThat((List<String>) prohibited.get("targets")).hasSize(27).contains("AT", "DE", "IT", "SE")
                .doesNotContain("US", "EU");
        List<String> jurisdictions = map.getList("results.jurisdiction", String.class);
        assertThat((List<String>) prohibited.get("targets"))
                .isSortedAccordingTo(java.util.Comparator.comparingInt(jurisdictions::indexOf));
        List<Map<String, Object>> results = map.getList("results");
        assertThat(results).allSatisfy(result -> assertThat(result).doesNotContainKey("notChecked"));
        assertThat(results).filteredOn(r -> !"COMPLIANT".equals(r.get("verdict")))
                .allSatisfy(r -> assertThat(r).containsKey("advice"));

        int bytes = created.asByteArray().length;
        System.out.printf("World launch map with advice (load-tests/profiles/world-launch-map.json): %d targets, "
                + "%d rules not checked, %d bytes%n", map.getInt("totals.targets"), notChecked.size(), bytes);
        assertThat(bytes).as("bytes of the world launch map with advice").isLessThan(200_000);
    }

    @Test
    void judgesABlocsMembersAndRefusesAnUnknownBloc() {
        JsonPath eu = create(deepSeekApi("{\"kind\": \"BLOC\", \"bloc\": \"EU\"}")).then().statusCode(201)
                .extract().jsonPath();
        assertThat(eu.getList("results.jurisdiction", String.class)).hasSize(27).contains("IT", "DE").doesNotContain("US");
        assertThat(result(eu, "IT").get("verdict")).isEqualTo("NON_COMPLIANT");

        create(deepSeekApi("{\"kind\": \"BLOC\", \"bloc\": \"XX\"}")).then().statusCode(400)
                .contentType("application/problem+json");
        Response refused = create(deepSeekApi("{\"kind\": \"BLOC\", \"bloc\": \"XX\"}"));
        assertThat(refused.jsonPath().getList("errors.field", String.class)).contains("scope.bloc");
    }

    @Test
    void anotherTeamCannotReadALaunchMap() {
        String location = create(deepSeekApi("{\"kind\": \"BLOC\", \"bloc\": \"EU\"}")).then().statusCode(201)
                .extract().header("Location");
        given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.productTeam("someone-else"))
                .get(location).then().statusCode(404);
        given().baseUri(E2eSystem.get().gateway.baseUrl()).auth().oauth2(Tokens.auditor())
                .get(LAUNCH_MAPS).then().statusCode(200);
    }
}
