package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * The report page as a person sees it: a real headless Chromium (Debian's, driven by playwright-core through
 * {@code e2e-tests/browser/report-page.mjs}) opens a share link minted by the real gateway for an assessment judged by
 * the real rules-service with the bundled rule pack, and the map's colours, the findings and the refusals of an
 * expired and an altered link are checked; and the same for a launch map of the EU's member states. Screenshots and
 * PDFs are left in {@code e2e-tests/target/report-page} and {@code e2e-tests/target/launch-map-report}.
 */
@ExtendWith(E2eSystem.class)
class ReportPageIT {

    private static final String DURING_DEEPSEEK_BANS = "2025-03-01";
    /** The map's fill per verdict (gateway templates/report/style.html), as the browser computes it. */
    private static final Map<String, String> FILL = Map.of(
            "NON_COMPLIANT", "rgb(214, 69, 69)",
            "NEEDS_REVIEW", "rgb(242, 183, 31)",
            "COMPLIANT", "rgb(47, 158, 98)");
    private static final String NOT_ASSESSED = "rgb(213, 218, 225)";
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeAll
    static void logFailures() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }

    @Test
    void aBrowserSeesTheVerdictsOnTheMapTheFindingsAndRefusedLinks() throws Exception {
        String gateway = E2eSystem.get().gateway.baseUrl();
        String profile = Profiles.deepSeekApi(DURING_DEEPSEEK_BANS, String.join(",",
                Profiles.target("IT", "\"CONSUMER\"", ""),
                Profiles.target("AU", "\"GOVERNMENT\"", ""),
                Profiles.target("KR", "\"CONSUMER\"", ""),
                Profiles.target("DE", "\"CONSUMER\"", ""),
                Profiles.target("BR", "\"CONSUMER\"", "")));
        // the first judgement of a cold stack on a loaded machine may time out: the gateway fails closed (503,
        // nothing stored), so asking again is safe
        JsonPath assessment = Eventually.within(Duration.ofSeconds(90), () -> given().baseUri(gateway)
                .auth().oauth2(Tokens.productTeam()).contentType(ContentType.JSON).body(profile)
                .post("/api/v1/assessments").then().statusCode(201).extract().jsonPath());
        String id = assessment.getString("id");
        List<Map<String, Object>> results = assessment.getList("results");
        Map<String, String> verdicts = new java.util.TreeMap<>();
        results.forEach(result -> verdicts.put((String) result.get("jurisdiction"), (String) result.get("verdict")));
        assertThat(verdicts).containsEntry("IT", "NON_COMPLIANT");

        JsonPath link = given().baseUri(gateway).auth().oauth2(Tokens.productTeam())
                .post("/api/v1/assessments/" + id + "/share-links").then().statusCode(201).extract().jsonPath();
        JsonPath shortLived = given().baseUri(gateway).auth().oauth2(Tokens.productTeam())
                .contentType(ContentType.JSON).body("{\"expiresInSeconds\": 1}")
                .post("/api/v1/assessments/" + id + "/share-links").then().statusCode(201).extract().jsonPath();
        String url = link.getString("url");
        assertThat(url).startsWith(gateway + "/reports/");
        // the same pages through the contract check: HTML as documented, the refusal too
        String html = given().get(url).then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        System.out.println("ReportPageIT: the report page of " + verdicts.size() + " targets is "
                + html.getBytes(StandardCharsets.UTF_8).length + " bytes");
        String altered = alter(url);
        given().get(altered).then().statusCode(403).contentType(ContentType.HTML);
        Instant expiry = Instant.parse(shortLived.getString("expiresAt")).plusMillis(1_100);
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), expiry).toMillis()));

        Path root = Path.of(System.getProperty("launchcheck.root", "..")).toAbsolutePath().normalize();
        Path out = root.resolve("e2e-tests/target/report-page");
        JsonNode seen = browse(root, Map.of("url", url, "codes", List.of("IT", "AU", "KR", "DE", "BR", "FR", "CN"),
                "refused", List.of(shortLived.getString("url"), altered), "out", out.toString()));

        assertThat(seen.path("status").asInt()).isEqualTo(200);
        assertThat(seen.path("title").asText()).contains("acme-assistant");
        for (Map.Entry<String, String> target : verdicts.entrySet()) {
            assertThat(seen.path("fills").path(target.getKey()).asText())
                    .as("map colour of %s (%s)", target.getKey(), target.getValue())
                    .isEqualTo(FILL.get(target.getValue()));
        }
        assertThat(seen.path("fills").path("IT").asText()).isEqualTo(FILL.get("NON_COMPLIANT"));
        assertThat(seen.path("fills").path("FR").asText()).isEqualTo(NOT_ASSESSED);
        assertThat(seen.path("fills").path("CN").asText()).isEqualTo(NOT_ASSESSED);
        assertThat(seen.path("overall").asText()).isEqualTo("Non-compliant");
        assertThat(seen.path("rulesetVersion").asText()).isEqualTo(assessment.getString("rulesetVersion"));
        assertThat(seen.path("findings").asText())
                .contains("Garante", "Legal basis", "Source", "confidence HIGH", "it-garante-deepseek-processing-block");
        assertThat(seen.path("attribution").asText()).contains("Natural Earth");
        assertThat(seen.path("scripts").asInt()).isZero();
        assertThat(seen.path("phone").path("scrollWidth").asInt())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(seen.path("phone").path("viewport").asInt());
        for (String file : List.of("screenshot", "phoneScreenshot", "printScreenshot", "pdf")) {
            assertThat(Files.size(Path.of(seen.path(file).asText()))).as(file).isGreaterThan(10_000);
        }
        for (JsonNode refused : seen.path("refused")) {
            assertThat(refused.path("status").asInt()).as(refused.path("url").asText()).isEqualTo(403);
            assertThat(refused.path("text").asText()).contains("This link is not valid").doesNotContain(id)
                    .doesNotContain("Garante");
        }
        assertThat(seen.path("refused")).hasSize(2);
    }

    @Test
    void aBrowserSeesALaunchMapOfTheEuThroughAShareLink() throws Exception {
        String gateway = E2eSystem.get().gateway.baseUrl();
        String request = """
                {"app": {"name": "acme-eu-map", "vendor": "DeepSeek", "model": "deepseek-r1"},
                 "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]}, "processesPersonalData": true,
                 "segments": ["CONSUMER"], "scope": {"kind": "BLOC", "bloc": "EU"}, "asOf": "%s"}
                """.formatted(DURING_DEEPSEEK_BANS);
        JsonPath map = Eventually.within(Duration.ofSeconds(90), () -> given().baseUri(gateway)
                .auth().oauth2(Tokens.productTeam()).contentType(ContentType.JSON).body(request)
                .post("/api/v1/launch-maps").then().statusCode(201).extract().jsonPath());
        String id = map.getString("id");
        Map<String, String> verdicts = new java.util.TreeMap<>();
        map.getList("results", Map.class).forEach(result -> verdicts.put((String) result.get("jurisdiction"),
                (String) result.get("verdict")));
        assertThat(verdicts).hasSize(27).containsEntry("IT", "NON_COMPLIANT").containsKeys("DE", "FR", "PL", "MT");

        JsonPath link = given().baseUri(gateway).auth().oauth2(Tokens.productTeam())
                .post("/api/v1/launch-maps/" + id + "/share-links").then().statusCode(201).extract().jsonPath();
        assertThat(link.getString("launchMapId")).isEqualTo(id);
        String url = link.getString("url");
        // through the contract check: the page as documented, the altered link refused
        String html = given().get(url).then().statusCode(200).contentType(ContentType.HTML).extract().asString();
        System.out.println("ReportPageIT: the EU launch map's page is " + html.getBytes(StandardCharsets.UTF_8).length
                + " bytes");
        String altered = alter(url);
        given().get(altered).then().statusCode(403).contentType(ContentType.HTML);

        Path root = Path.of(System.getProperty("launchcheck.root", "..")).toAbsolutePath().normalize();
        List<String> codes = new java.util.ArrayList<>(verdicts.keySet());
        codes.addAll(List.of("US", "CN", "GB", "NO", "CH"));
        JsonNode seen = browse(root, Map.of("url", url, "codes", codes, "refused", List.of(altered),
                "out", root.resolve("e2e-tests/target/launch-map-report").toString()));

        assertThat(seen.path("status").asInt()).isEqualTo(200);
        assertThat(seen.path("title").asText()).contains("acme-eu-map");
        assertThat(seen.path("scope").asText()).contains("EU", "27 jurisdictions");
        for (Map.Entry<String, String> member : verdicts.entrySet()) {
            assertThat(seen.path("fills").path(member.getKey()).asText())
                    .as("map colour of %s (%s)", member.getKey(), member.getValue())
                    .isEqualTo(FILL.get(member.getValue()));
        }
        assertThat(seen.path("fills").path("IT").asText()).isEqualTo(FILL.get("NON_COMPLIANT"));
        for (String outside : List.of("US", "CN", "GB", "NO", "CH")) {
            assertThat(seen.path("fills").path(outside).asText()).as("%s is outside the EU", outside)
                    .isEqualTo(NOT_ASSESSED);
        }
        assertThat(seen.path("overall").asText()).isEqualTo("Non-compliant");
        assertThat(seen.path("rulesetVersion").asText()).isEqualTo(map.getString("rulesetVersion"));
        assertThat(seen.path("findings").asText()).contains("it-garante-deepseek-processing-block", "Italy");
        // the profile states no use case: each rule it could not check is shown once with every target it reached
        // (an EU AI Act rule with the 27 members)
        List<String> unchecked = map.getList("notChecked.ruleId", String.class);
        assertThat(unchecked).contains("eu-ai-act-art5-prohibited-practices");
        assertThat(map.getList("notChecked.find { it.ruleId == 'eu-ai-act-art5-prohibited-practices' }.targets"))
                .hasSize(27);
        List<String> shown = new java.util.ArrayList<>();
        seen.path("notChecked").forEach(rule -> {
            shown.add(rule.path("rule").asText());
            assertThat(rule.path("visible").asBoolean()).as(rule.toString()).isTrue();
            assertThat(rule.path("targets").asInt()).as(rule.toString()).isEqualTo(map.getList(
                    "notChecked.find { it.ruleId == '" + rule.path("rule").asText() + "' }.targets").size());
        });
        assertThat(shown).containsExactlyElementsOf(unchecked);
        // the EU's own findings (its transfer rules) are shown once for its members, each member referring to them
        List<Integer> sharedBy = new java.util.ArrayList<>();
        seen.path("shared").forEach(finding -> sharedBy.add(finding.path("targets").asInt()));
        assertThat(sharedBy).as("jurisdictions named by each shared finding").isNotEmpty().contains(27)
                .allSatisfy(count -> assertThat(count).isGreaterThan(1));
        assertThat(seen.path("sharedRefs").asInt()).isEqualTo(sharedBy.stream().mapToInt(Integer::intValue).sum());
        assertThat(seen.path("scripts").asInt()).isZero();
        assertThat(seen.path("phone").path("scrollWidth").asInt())
                .as("no sideways scrolling on a phone").isLessThanOrEqualTo(seen.path("phone").path("viewport").asInt());
        assertThat(Files.size(Path.of(seen.path("screenshot").asText()))).isGreaterThan(10_000);
        assertThat(seen.path("refused")).hasSize(1);
        assertThat(seen.path("refused").path(0).path("status").asInt()).isEqualTo(403);
        assertThat(seen.path("refused").path(0).path("text").asText()).contains("This link is not valid")
                .doesNotContain(id);
    }

    /** The link with one character of its signature changed. */
    private static String alter(String url) {
        int at = url.length() - 5;
        char replacement = url.charAt(at) == 'A' ? 'B' : 'A';
        return url.substring(0, at) + replacement + url.substring(at + 1);
    }

    private static JsonNode browse(Path root, Map<String, Object> input) throws IOException, InterruptedException {
        Path browser = root.resolve("e2e-tests/browser");
        Process process = new ProcessBuilder("node", "report-page.mjs", JSON.writeValueAsString(input))
                .directory(browser.toFile())
                .redirectError(root.resolve("e2e-tests/target/report-page-browser.log").toFile())
                .start();
        byte[] stdout = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the browser did not finish in 180 s");
        }
        String output = new String(stdout, StandardCharsets.UTF_8).strip();
        assertThat(process.exitValue()).as("node report-page.mjs exit code; output: %s; log: "
                + "e2e-tests/target/report-page-browser.log", output).isZero();
        return JSON.readTree(output.substring(output.lastIndexOf('\n') + 1));
    }
}
