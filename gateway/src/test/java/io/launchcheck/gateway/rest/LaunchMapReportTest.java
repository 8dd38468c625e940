package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asAuditor;
import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.Finding;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.launchcheck.gateway.support.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/**
 * A launch map's report page: the same page as an assessment's, from the stored launch map, behind the same bearer
 * token rules, and its share links minted and refused as assessments' are.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class LaunchMapReportTest extends GatewayTest {

    private static final String HTML = "text/html";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REFUSED = "This link is not valid";
    private static final String EU = "{\"kind\": \"bloc\", \"bloc\": \"eu\"}";

    /**
     * DeepSeek's API in the fake's EU (DE, FR, IT): Italy NON_COMPLIANT, France NEEDS_REVIEW, Germany COMPLIANT. On
     * this loaded machine the rules-service call may time out; the gateway then fails closed (503, nothing stored),
     * so asking again a few times is safe.
     */
    private String euLaunchMap(String team) {
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("FR", Verdict.NEEDS_REVIEW)
                .upcoming("DE", LocalDate.parse("2026-08-02"));
        String body = LaunchMapResourceTest.launchMap(uniqueApp("map-report"), EU);
        io.restassured.response.Response created = null;
        for (int attempt = 0; attempt < 4; attempt++) {
            created = asTeam(team).contentType(ContentType.JSON).body(body).post(LaunchMapResourceTest.LAUNCH_MAPS);
            if (created.statusCode() != 503) {
                break;
            }
        }
        return created.then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static JsonPath mint(RequestSpecification caller, String id, String body) {
        RequestSpecification request = body == null ? caller : caller.contentType(ContentType.JSON).body(body);
        return request.post(LaunchMapResourceTest.LAUNCH_MAPS + "/" + id + "/share-links").then().statusCode(201)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    @Test
    void aFindingTheMembersShareIsShownOnceNamingThemAndEachMemberRefersToIt() {
        String transfers = "eu-gdpr-chapter-v-transfers";
        Finding shared = new Finding(transfers, RuleKind.CROSS_BORDER_TRANSFER, Severity.BLOCKING, RuleStatus.IN_FORCE,
                "EU", null, "EU: personal data may not go to CN", List.of("The app processes personal data"),
                "GDPR Chapter V", "EDPB", "https://example.org/" + transfers, "Keep the data in the EU",
                Confidence.HIGH, LocalDate.parse("2018-05-25"), null);
        rules.verdict("DE", Verdict.NON_COMPLIANT).verdict("FR", Verdict.NON_COMPLIANT).verdict("IT", Verdict.NON_COMPLIANT)
                .alsoFinds(shared, List.of("DE", "FR", "IT"));
        String id = asTeam().contentType(ContentType.JSON).body(LaunchMapResourceTest.launchMap(uniqueApp("shared"), EU))
                .post(LaunchMapResourceTest.LAUNCH_MAPS).then().statusCode(201)
                .body("results.findings.ruleId.flatten()", org.hamcrest.Matchers.hasItem(transfers))
                .extract().jsonPath().getString("id");

        String page = asTeam().accept(HTML).get(LaunchMapResourceTest.LAUNCH_MAPS + "/" + id + "/report").then()
                .statusCode(200).extract().asString();

        assertThat(page).contains("Findings shared by several jurisdictions", "3 jurisdictions:",
                "href=\"#shared-1\"", "it-ban", "de-ban", "fr-ban");
        assertThat(page.split("EU: personal data may not go to CN", -1)).as("the shared finding's message, once")
                .hasSize(2);
        assertThat(page.split("href=\"#shared-1\"", -1)).as("one reference per member").hasSize(4);
    }

    @Test
    void theBearerTokenReadsTheMapColouredPerVerdictAsItReadsTheLaunchMap() {
        String id = euLaunchMap("alpha");
        String report = LaunchMapResourceTest.LAUNCH_MAPS + "/" + id + "/report";

        String page = asTeam("alpha").accept(HTML).get(report).then().statusCode(200).contentType(HTML)
                .header("Cache-Control", "no-store")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertThat(page).contains("Launch map report", "Launch map " + id,
                        "The EU bloc&#39;s member countries: 3 jurisdictions", "ruleset version", "Natural Earth",
                        "it-ban", "fr-advisory", "2026-08-02", "Verified advice",
                        "Run the model on your own servers instead of the vendor&#39;s API")
                .doesNotContain("<script", "Opened with a share link");
        assertThat(page).containsPattern("class=\"v-blocked\" data-code=\"IT\"")
                .containsPattern("class=\"v-review\" data-code=\"FR\"")
                .containsPattern("class=\"v-compliant\" data-code=\"DE\"")
                // outside the map's scope: not assessed
                .containsPattern("class=\"v-none\" data-code=\"ES\"")
                .containsPattern("class=\"v-none\" data-code=\"US\"");
        // totals per verdict, worst first: 1 non-compliant, 1 needs review, 1 compliant
        assertThat(page.replaceAll("\\s+", " "))
                .containsPattern("Non-compliant</span> <span class=\"count\">1</span>")
                .containsPattern("Needs review</span> <span class=\"count\">1</span>")
                .containsPattern("Compliant</span> <span class=\"count\">1</span>");

        asAuditor().get(report).then().statusCode(200).contentType(HTML);
        asTeam("beta").get(report).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", containsString("launch map"));
        asTeam("alpha").get(LaunchMapResourceTest.LAUNCH_MAPS + "/" + UUID.randomUUID() + "/report").then()
                .statusCode(404).contentType(PROBLEM_JSON);
        asTeam("alpha").get(LaunchMapResourceTest.LAUNCH_MAPS + "/not-a-uuid/report").then().statusCode(404);
        RestAssured.given().get(report).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        // the launch map itself is still answered as JSON, byte for byte
        asTeam("alpha").get(LaunchMapResourceTest.LAUNCH_MAPS + "/" + id).then().statusCode(200)
                .contentType(ContentType.JSON).body("id", equalTo(id));
    }

    @Test
    void aShareLinkOpensTheLaunchMapsPageWithoutAToken() {
        String id = euLaunchMap("alpha");
        JsonPath link = mint(asTeam("alpha"), id, null);
        assertThat(link.getString("path")).startsWith("/reports/");
        assertThat(link.getString("launchMapId")).isEqualTo(id);
        assertThat(link.getMap("")).doesNotContainKey("assessmentId");
        assertThat(Duration.between(Instant.now(), Instant.parse(link.getString("expiresAt"))))
                .isBetween(Duration.ofHours(23), Duration.ofHours(24));
        String claim = new String(Base64.getUrlDecoder().decode(
                link.getString("path").substring("/reports/".length()).split("\\.")[1]));
        assertThat(claim).contains("\"report\":\"launch-maps/" + id + "\"");

        String page = RestAssured.given().get(link.getString("path")).then().statusCode(200).contentType(HTML)
                .header("Referrer-Policy", "no-referrer").extract().asString();
        assertThat(page).contains("Launch map " + id, "Opened with a share link", "it-ban")
                .containsPattern("class=\"v-blocked\" data-code=\"IT\"")
                .containsPattern("class=\"v-compliant\" data-code=\"DE\"");

        // an auditor may mint too, with a lifetime of its own
        JsonPath hour = mint(asAuditor(), id, "{\"expiresInSeconds\": 3600}");
        assertThat(Duration.between(Instant.now(), Instant.parse(hour.getString("expiresAt"))))
                .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
        RestAssured.given().get(hour.getString("path")).then().statusCode(200);
    }

    @Test
    void onlyWhoMayReadTheLaunchMapMintsAndLifetimesAreBounded() {
        String id = euLaunchMap("alpha");
        String links = LaunchMapResourceTest.LAUNCH_MAPS + "/" + id + "/share-links";
        asTeam("beta").post(links).then().statusCode(404).contentType(PROBLEM_JSON)
                .body("detail", containsString("launch map"));
        asTeam("alpha").post(LaunchMapResourceTest.LAUNCH_MAPS + "/" + UUID.randomUUID() + "/share-links").then()
                .statusCode(404);
        RestAssured.given().post(links).then().statusCode(401);
        bearer(Tokens.token("rules@example.org", io.launchcheck.api.Roles.EVALUATOR)).post(links).then()
                .statusCode(403);
        asTeam("alpha").contentType(ContentType.JSON).body("{\"expiresInSeconds\": 604801}").post(links)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("expiresInSeconds"));
        asTeam("alpha").contentType(ContentType.JSON).body("{\"expiresInSeconds\": 0}").post(links)
                .then().statusCode(400).body("errors[0].field", equalTo("expiresInSeconds"));
        asTeam("alpha").contentType(ContentType.JSON).body("{\"expiresIn\": 60}").post(links).then().statusCode(400)
                .contentType(PROBLEM_JSON);
        asTeam("alpha").contentType(ContentType.TEXT).body("3600").post(links).then().statusCode(415);
    }

    @Test
    void expiredAlteredAndForgedLaunchMapLinksAreRefusedAlike() throws InterruptedException {
        String id = euLaunchMap("alpha");
        String other = euLaunchMap("beta");
        String expired = mint(asTeam("alpha"), id, "{\"expiresInSeconds\": 1}").getString("path");
        String token = mint(asTeam("alpha"), id, null).getString("path").substring("/reports/".length());
        String[] parts = token.split("\\.");

        // the other team's launch map named in the payload, the signature kept
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace(id, other);
        String swapped = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        String refusedPage = RestAssured.given().get("/reports/" + swapped).then().statusCode(403).contentType(HTML)
                .body(containsString(REFUSED)).body(not(containsString(other))).extract().asString();
        // an assessment link's kind put on a launch map's id, the signature kept
        String asAssessment = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("launch-maps/", "assessments/");
        RestAssured.given().get("/reports/" + parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(asAssessment.getBytes()) + "." + parts[2])
                .then().statusCode(403).body(equalTo(refusedPage));
        // signed by the gateway's key for a launch map that does not exist: valid, but nothing to show
        String gone = Jwt.issuer("https://launchcheck.dev/issuer").audience("launchcheck-share").subject("x")
                .claim("report", "launch-maps/" + UUID.randomUUID()).expiresIn(600).sign();
        RestAssured.given().get("/reports/" + gone).then().statusCode(404).contentType(HTML)
                .body(containsString("Nothing to show"));
        // a launch map's link is no bearer token
        bearer(token).get(LaunchMapResourceTest.LAUNCH_MAPS + "/" + id).then().statusCode(401);

        Thread.sleep(2_100);
        RestAssured.given().get(expired).then().statusCode(403).body(equalTo(refusedPage));
    }

    @Test
    void documentsTheLaunchMapPageAndItsShareLinks() {
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/launch-maps/{id}/report'.get.operationId", equalTo("getLaunchMapReport"))
                .body("paths.'/api/v1/launch-maps/{id}/report'.get.responses.'200'.content", hasKey(HTML))
                .body("paths.'/api/v1/launch-maps/{id}/report'.get.responses.'404'.content", hasKey(PROBLEM_JSON))
                .body("paths.'/api/v1/launch-maps/{id}/report'.get.responses", hasKey("401"))
                .body("paths.'/api/v1/launch-maps/{id}/report'.get.responses.'406'.content", hasKey(PROBLEM_JSON))
                .body("paths.'/api/v1/launch-maps/{id}/share-links'.post.operationId",
                        equalTo("createLaunchMapShareLink"))
                .body("paths.'/api/v1/launch-maps/{id}/share-links'.post.responses.'201'.'$ref'",
                        equalTo("#/components/responses/ShareLinkMinted"))
                .body("paths.'/api/v1/assessments/{id}/share-links'.post.responses.'201'.'$ref'",
                        equalTo("#/components/responses/ShareLinkMinted"))
                .body("components.responses.ShareLinkMinted.content.'application/json'.examples",
                        hasKey("launch map"))
                .body("paths.'/api/v1/launch-maps/{id}/share-links'.post.responses.'404'.content", hasKey(PROBLEM_JSON))
                .body("info.title", equalTo("LaunchCheck gateway API"))
                .body("info.description", containsString("deployment profile"));
    }

    private static RequestSpecification bearer(String token) {
        return RestAssured.given().auth().oauth2(token);
    }
}
