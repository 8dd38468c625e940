package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asAuditor;
import static io.launchcheck.gateway.support.Tokens.asComplianceOfficer;
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
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.launchcheck.api.Roles;
import io.launchcheck.api.Verdict;
import io.launchcheck.gateway.domain.Assessment;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.launchcheck.gateway.support.Tokens;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;

/** The report page and its share links: who may mint one, and that nothing else opens the page. */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class ReportPageTest extends GatewayTest {

    private static final String HTML = "text/html";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String REFUSED = "This link is not valid";
    private static final String ISSUER = "https://launchcheck.dev/issuer";

    @Inject
    ObjectMapper json;

    /** A DeepSeek profile judged NON_COMPLIANT in Italy, NEEDS_REVIEW in Korea, COMPLIANT in Germany, by team alpha. */
    private String deepSeekAssessment(String team) {
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW)
                .upcoming("DE", LocalDate.parse("2026-08-02"));
        return asTeam(team).contentType(ContentType.JSON)
                .body(profile(uniqueApp("report"), target("IT"), target("KR"), target("DE"), target("US-TX")))
                .post(ASSESSMENTS).then().statusCode(201).extract().jsonPath().getString("id");
    }

    private static JsonPath mint(RequestSpecification caller, String id, String body) {
        RequestSpecification request = body == null ? caller
                : caller.contentType(ContentType.JSON).body(body);
        return request.post(ASSESSMENTS + "/" + id + "/share-links").then().statusCode(201)
                .contentType(ContentType.JSON).extract().jsonPath();
    }

    private static Response open(String path) {
        return RestAssured.given().get(path);
    }

    @Test
    void aShareLinkOpensTheColouredReportWithoutAToken() {
        String id = deepSeekAssessment("alpha");
        JsonPath link = mint(asTeam("alpha"), id, null);
        assertThat(link.getString("path")).startsWith("/reports/");
        assertThat(link.getString("url")).endsWith(link.getString("path")).startsWith("http");
        assertThat(link.getString("assessmentId")).isEqualTo(id);
        Instant expiresAt = Instant.parse(link.getString("expiresAt"));
        assertThat(Duration.between(Instant.now(), expiresAt)).isBetween(Duration.ofHours(23), Duration.ofHours(24));

        String page = open(link.getString("path")).then().statusCode(200).contentType(HTML)
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .extract().asString();
        assertThat(page).contains("data-code=\"IT\"", "Rule it-ban applies", "Test law", "https://example.org/it-ban",
                "Self-host the model", "ruleset version", "Natural Earth", "2026-08-02", "Opened with a share link")
                .doesNotContain("<script");
        assertThat(page).containsPattern("class=\"v-blocked\" data-code=\"IT\"")
                .containsPattern("class=\"v-review\" data-code=\"KR\"")
                .containsPattern("class=\"v-compliant\" data-code=\"DE\"")
                // a subdivision colours its country when the country is no target itself
                .containsPattern("class=\"v-compliant\" data-code=\"US\"")
                .containsPattern("class=\"v-none\" data-code=\"FR\"");
    }

    @Test
    void theBearerTokenReadsThePageAsItReadsTheAssessment() {
        String id = deepSeekAssessment("alpha");
        String report = ASSESSMENTS + "/" + id + "/report";
        asTeam("alpha").accept(HTML).get(report).then().statusCode(200).contentType(HTML)
                .body(containsString("Rule it-ban applies")).body(not(containsString("Opened with a share link")));
        asAuditor().get(report).then().statusCode(200).contentType(HTML);
        asComplianceOfficer().get(report).then().statusCode(200).contentType(HTML);
        asTeam("beta").get(report).then().statusCode(404).contentType(PROBLEM_JSON);
        asTeam("alpha").get(ASSESSMENTS + "/" + UUID.randomUUID() + "/report").then().statusCode(404)
                .contentType(PROBLEM_JSON);
        RestAssured.given().get(report).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        // a page has no JSON representation
        asTeam("alpha").accept(ContentType.JSON).get(report).then().statusCode(406).contentType(PROBLEM_JSON);
    }

    @Test
    void onlyWhoMayReadTheAssessmentMintsALink() {
        String id = deepSeekAssessment("alpha");
        String links = ASSESSMENTS + "/" + id + "/share-links";
        asTeam("beta").post(links).then().statusCode(404).contentType(PROBLEM_JSON);
        asTeam("alpha").post(ASSESSMENTS + "/" + UUID.randomUUID() + "/share-links").then().statusCode(404);
        RestAssured.given().post(links).then().statusCode(401).header("WWW-Authenticate", startsWith("Bearer"));
        given(Tokens.token("rules@example.org", Roles.EVALUATOR)).post(links).then().statusCode(403);

        String byAuditor = mint(asAuditor(), id, null).getString("path");
        open(byAuditor).then().statusCode(200).body(containsString("Rule it-ban applies"));
    }

    @Test
    void aLinkLivesAsLongAsAskedWithinTheConfiguredMaximum() {
        String id = deepSeekAssessment("alpha");
        String links = ASSESSMENTS + "/" + id + "/share-links";
        JsonPath hour = mint(asTeam("alpha"), id, "{\"expiresInSeconds\": 3600}");
        assertThat(Duration.between(Instant.now(), Instant.parse(hour.getString("expiresAt"))))
                .isBetween(Duration.ofMinutes(59), Duration.ofMinutes(60));
        asTeam("alpha").contentType(ContentType.JSON).body("{\"expiresInSeconds\": 604801}").post(links)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("expiresInSeconds"));
        asTeam("alpha").contentType(ContentType.JSON).body("{\"expiresInSeconds\": 0}").post(links)
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("expiresInSeconds"));
        asTeam("alpha").contentType(ContentType.JSON).body("{\"expiresIn\": 60}").post(links)
                .then().statusCode(400).contentType(PROBLEM_JSON);
        asTeam("alpha").contentType(ContentType.JSON).body("null").post(links).then().statusCode(201);
    }

    @Test
    void anExpiredLinkIsRefused() throws InterruptedException {
        String id = deepSeekAssessment("alpha");
        String path = mint(asTeam("alpha"), id, "{\"expiresInSeconds\": 1}").getString("path");
        Thread.sleep(2_100);
        open(path).then().statusCode(403).contentType(HTML).body(containsString(REFUSED))
                .body(not(containsString(id)));
    }

    @Test
    void anAlteredLinkIsRefusedWithoutTellingWhatItNamed() {
        String id = deepSeekAssessment("alpha");
        String other = deepSeekAssessment("beta");
        String token = mint(asTeam("alpha"), id, null).getString("path").substring("/reports/".length());
        String[] parts = token.split("\\.");

        String badSignature = parts[0] + "." + parts[1] + "." + flip(parts[2]);
        open("/reports/" + badSignature).then().statusCode(403).contentType(HTML).body(containsString(REFUSED));

        // the other team's assessment named in the payload, the signature kept
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace(id, other);
        String swapped = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes())
                + "." + parts[2];
        open("/reports/" + swapped).then().statusCode(403).contentType(HTML).body(containsString(REFUSED))
                .body(not(containsString(other)));

        open("/reports/not-a-token").then().statusCode(403).contentType(HTML).body(containsString(REFUSED));
        String unknownId = open("/reports/" + parts[0] + "." + parts[1].substring(1) + "." + parts[2]).asString();
        assertThat(unknownId).isEqualTo(open("/reports/" + badSignature).asString());
    }

    @Test
    void apiTokensAndShareTokensAreNeverEachOther() {
        String id = deepSeekAssessment("alpha");
        String shareToken = mint(asTeam("alpha"), id, null).getString("path").substring("/reports/".length());
        // a share token is no bearer token
        given(shareToken).get(ASSESSMENTS + "/" + id).then().statusCode(401);
        // an API token (right key, right issuer, audience launchcheck) is no share link
        open("/reports/" + Tokens.productTeam("alpha")).then().statusCode(403).body(containsString(REFUSED));
        // a share token for another kind of page, or signed with a key of its own, is refused
        String otherKind = Jwt.issuer(ISSUER).audience("launchcheck-share").subject("x")
                .claim("report", "rules/" + id).expiresIn(600).sign();
        open("/reports/" + otherKind).then().statusCode(403);
        String noReport = Jwt.issuer(ISSUER).audience("launchcheck-share").subject("x").expiresIn(600).sign();
        open("/reports/" + noReport).then().statusCode(403);
        String otherIssuer = Jwt.issuer("https://elsewhere.example.org").audience("launchcheck-share").subject("x")
                .claim("report", "assessments/" + id).expiresIn(600).sign();
        open("/reports/" + otherIssuer).then().statusCode(403);
        String valid = Jwt.issuer(ISSUER).audience("launchcheck-share").subject("x")
                .claim("report", "assessments/" + id).expiresIn(600).sign();
        open("/reports/" + valid).then().statusCode(200);
    }

    @Test
    void showsTheAdviceAStoredAssessmentCarries() throws Exception {
        String id = deepSeekAssessment("alpha");
        Assessment stored = repository.byId(UUID.fromString(id)).orElseThrow();
        ObjectNode body = (ObjectNode) json.readTree(stored.body);
        UUID copyId = UUID.randomUUID();
        body.put("id", copyId.toString());
        ((ObjectNode) body.withArray("results").get(0)).putArray("advice").addObject()
                .put("change", "Self-host the open weights in the EU").put("verdict", "COMPLIANT")
                .putArray("clears").add("it-ban");
        Assessment copy = new Assessment();
        copy.id = copyId;
        copy.appName = stored.appName;
        copy.overall = stored.overall;
        copy.asOf = stored.asOf;
        copy.rulesetVersion = stored.rulesetVersion;
        copy.evaluatedAt = stored.evaluatedAt;
        copy.createdAt = Instant.now();
        copy.profile = stored.profile;
        copy.body = json.writeValueAsString(body);
        copy.team = stored.team;
        copy.ruleIds = stored.ruleIds;
        QuarkusTransaction.requiringNew().run(() -> repository.insert(copy));

        String page = asTeam("alpha").get(ASSESSMENTS + "/" + copyId + "/report").then().statusCode(200).extract()
                .asString();
        assertThat(page).contains("Verified advice", "Self-host the open weights in the EU", "it-ban");
        // the advice as the rules engine stores it (changes with their summaries), as judged
        assertThat(asTeam("alpha").get(ASSESSMENTS + "/" + id + "/report").asString())
                .contains("Verified advice", "Run the model on your own servers instead of the vendor&#39;s API");
        String withoutAdvice = asTeam("alpha").contentType(ContentType.JSON)
                .body(profile(uniqueApp("report"), target("IT"))).queryParam("advice", "false").post(ASSESSMENTS)
                .then().statusCode(201).extract().jsonPath().getString("id");
        assertThat(asTeam("alpha").get(ASSESSMENTS + "/" + withoutAdvice + "/report").asString())
                .doesNotContain("Verified advice").contains("carries no verified advice");
    }

    @Test
    void documentsThePagesAsHtmlAndTheShareLinkAsJson() {
        RestAssured.given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/reports/{token}'.get.operationId", equalTo("getSharedReport"))
                .body("paths.'/reports/{token}'.get.responses.'200'.content", hasKey(HTML))
                .body("paths.'/reports/{token}'.get.responses.'403'.content", hasKey(HTML))
                // opened without a bearer token, so never 401
                .body("paths.'/reports/{token}'.get.responses", not(hasKey("401")))
                .body("paths.'/api/v1/assessments/{id}/report'.get.responses.'200'.content", hasKey(HTML))
                .body("paths.'/api/v1/assessments/{id}/report'.get.responses", hasKey("401"))
                .body("paths.'/api/v1/assessments/{id}/report'.get.responses", hasKey("406"))
                .body("paths.'/reports/{token}'.get.responses", hasKey("406"))
                .body("paths.'/api/v1/assessments/{id}/share-links'.post.operationId", equalTo("createShareLink"))
                .body("paths.'/api/v1/assessments/{id}/share-links'.post.responses.'201'.'$ref'",
                        equalTo("#/components/responses/ShareLinkMinted"))
                .body("components.responses.ShareLinkMinted.content.'application/json'.examples", hasKey("one hour"));
    }

    private static RequestSpecification given(String bearer) {
        return RestAssured.given().auth().oauth2(bearer);
    }

    private static String flip(String signature) {
        char last = signature.charAt(signature.length() / 2);
        char replacement = last == 'A' ? 'B' : 'A';
        return signature.substring(0, signature.length() / 2) + replacement
                + signature.substring(signature.length() / 2 + 1);
    }
}
