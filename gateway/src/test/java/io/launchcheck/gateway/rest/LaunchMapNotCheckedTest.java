package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UseCase;
import io.launchcheck.gateway.domain.LaunchMap;
import io.launchcheck.gateway.repository.LaunchMapRepository;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.FakeRulesService;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The rules a launch map could not check (the profile states neither useCases nor role) are listed once per map with
 * the targets they reached, on the real PostgreSQL: in the answer, in what is stored and read back, and on the report
 * page; launch maps stored with a list per result are answered as stored and shown the same way; assessments keep
 * their list per target.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class LaunchMapNotCheckedTest extends GatewayTest {

    private static final String HIGH_RISK = "eu-ai-act-annex-iii-high-risk-deployers";
    private static final String PROHIBITED = "eu-ai-act-art5-prohibited-practices";
    private static final String TEXAS = "us-tx-traiga-disclosure";
    private static final UncheckedRule HIGH_RISK_RULE = rule(HIGH_RISK, RuleKind.OBLIGATION, Severity.WARNING, "EU",
            Set.of(UseCase.EMPLOYMENT, UseCase.EDUCATION), Set.of(TeamRole.DEPLOYER));
    private static final UncheckedRule PROHIBITED_RULE = rule(PROHIBITED, RuleKind.PROHIBITED_PRACTICE,
            Severity.BLOCKING, "EU", Set.of(UseCase.SOCIAL_SCORING), Set.of());
    private static final UncheckedRule TEXAS_RULE = rule(TEXAS, RuleKind.OBLIGATION, Severity.WARNING, "US-TX",
            Set.of(UseCase.CONVERSATIONAL_ASSISTANT), Set.of());
    /** The fake's EU members, in the order a world map lists its results. */
    private static final List<String> MEMBERS = FakeRulesService.EU;
    private static final String WORLD = "{\"kind\": \"WORLD\", \"subdivisionsOf\": [\"US\"]}";
    private static final String HTML = "text/html";

    @Inject
    LaunchMapRepository launchMaps;

    @Inject
    ObjectMapper json;

    private static UncheckedRule rule(String id, RuleKind kind, Severity severity, String jurisdiction,
            Set<UseCase> useCases, Set<TeamRole> roles) {
        return new UncheckedRule(id, kind, severity, jurisdiction, LocalDate.parse("2024-08-01"),
                "Rule " + id + " may apply: state useCases and role", List.of("useCases", "role"), useCases, roles,
                "Test law " + id, "https://example.org/" + id, Confidence.HIGH);
    }

    private void euRulesReachTheMembersAndTexasItsOwn() {
        rules.notChecked(HIGH_RISK_RULE, MEMBERS).notChecked(PROHIBITED_RULE, MEMBERS)
                .notChecked(TEXAS_RULE, List.of("US-TX"));
    }

    private static Response create(String scope) {
        return asTeam().contentType(ContentType.JSON).body(LaunchMapResourceTest.launchMap(uniqueApp("unchecked"), scope))
                .post(LaunchMapResourceTest.LAUNCH_MAPS);
    }

    /** How many elements of the report page name this rule as not checked. */
    private static int shownAsNotChecked(String page, String ruleId) {
        Matcher matcher = Pattern.compile("data-rule=\"" + Pattern.quote(ruleId) + "\"").matcher(page);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void aWorldMapListsEachUncheckedRuleOnceWithTheTargetsItReached() {
        euRulesReachTheMembersAndTexasItsOwn();

        Response created = create(WORLD);

        created.then().statusCode(201)
                .body("notChecked.ruleId", contains(HIGH_RISK, PROHIBITED, TEXAS))
                .body("notChecked[0].targets", contains(MEMBERS.toArray()))
                .body("notChecked[1].targets", contains(MEMBERS.toArray()))
                .body("notChecked[2].targets", contains("US-TX"))
                .body("notChecked[0].jurisdiction", equalTo("EU"))
                .body("notChecked[0].needs", contains("useCases", "role"))
                .body("notChecked[0].roles", contains("DEPLOYER"))
                .body("notChecked[1].severity", equalTo("BLOCKING"))
                .body("notChecked[1].legalBasis", equalTo("Test law " + PROHIBITED))
                .body("notChecked[1].sourceUrl", equalTo("https://example.org/" + PROHIBITED))
                .body("notChecked[1].confidence", equalTo("HIGH"))
                .body("notChecked[1].effectiveFrom", equalTo("2024-08-01"))
                .body("results", everyItem(not(hasKey("notChecked"))));
        asTeam().get(created.header("Location")).then().statusCode(200).body(equalTo(created.asString()));

        String page = asTeam().accept(HTML).get(created.header("Location") + "/report").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("Not checked", "Rule " + HIGH_RISK + " may apply", "3 targets",
                "href=\"#target-FR\"", "1 target:");
        assertThat(shownAsNotChecked(page, HIGH_RISK)).isEqualTo(1);
        assertThat(shownAsNotChecked(page, PROHIBITED)).isEqualTo(1);
        assertThat(shownAsNotChecked(page, TEXAS)).isEqualTo(1);
    }

    @Test
    void aMapWhoseRulesWereAllCheckedHasNoNotCheckedListAndItsPageNoSuchSection() {
        Response created = create("{\"kind\": \"BLOC\", \"bloc\": \"EU\"}");

        created.then().statusCode(201).body("$", not(hasKey("notChecked")))
                .body("results", everyItem(not(hasKey("notChecked"))));
        String page = asTeam().accept(HTML).get(created.header("Location") + "/report").then().statusCode(200)
                .extract().asString();
        assertThat(page).doesNotContain("id=\"not-checked\"");
    }

    @Test
    void aLaunchMapStoredWithAListPerResultIsAnsweredAsStoredAndItsPageListsEachRuleOnce() throws Exception {
        euRulesReachTheMembersAndTexasItsOwn();
        String location = create(WORLD).then().statusCode(201).extract().header("Location");
        LaunchMap made = launchMaps.byId(UUID.fromString(location.substring(location.lastIndexOf('/') + 1)))
                .orElseThrow();
        // the same launch map as the gateway stored it before notChecked was listed once per map
        ObjectNode old = (ObjectNode) json.readTree(made.body);
        UUID id = UUID.randomUUID();
        old.put("id", id.toString());
        ArrayNode grouped = (ArrayNode) old.remove("notChecked");
        for (var result : old.withArray("results")) {
            ArrayNode own = json.createArrayNode();
            for (var entry : grouped) {
                List<String> targets = json.convertValue(entry.get("targets"), List.class);
                if (targets.contains(result.get("jurisdiction").asText())) {
                    own.add(((ObjectNode) entry.deepCopy()).without("targets"));
                }
            }
            if (!own.isEmpty()) {
                ((ObjectNode) result).set("notChecked", own);
            }
        }
        LaunchMap stored = copy(made, id, json.writeValueAsString(old));
        QuarkusTransaction.requiringNew().run(() -> launchMaps.insert(stored));

        String answer = asTeam().get(LaunchMapResourceTest.LAUNCH_MAPS + "/" + id).then().statusCode(200)
                .body("$", not(hasKey("notChecked")))
                .body("results.find { it.jurisdiction == 'IT' }.notChecked.ruleId", contains(HIGH_RISK, PROHIBITED))
                .extract().asString();
        assertThat(answer).isEqualTo(stored.body);

        String page = asTeam().accept(HTML).get(LaunchMapResourceTest.LAUNCH_MAPS + "/" + id + "/report").then()
                .statusCode(200).extract().asString();
        assertThat(shownAsNotChecked(page, HIGH_RISK)).isEqualTo(1);
        assertThat(shownAsNotChecked(page, PROHIBITED)).isEqualTo(1);
        assertThat(shownAsNotChecked(page, TEXAS)).isEqualTo(1);
        assertThat(page).contains("3 targets", "href=\"#target-IT\"");
    }

    @Test
    void anAssessmentKeepsItsNotCheckedListPerTarget() {
        rules.notChecked(HIGH_RISK_RULE, List.of("DE", "FR"));

        assess(profile(uniqueApp("unchecked-assessment"), target("DE"), target("FR"), target("JP"))).then()
                .statusCode(201)
                .body("$", not(hasKey("notChecked")))
                .body("results[0].notChecked.ruleId", contains(HIGH_RISK))
                .body("results[1].notChecked.ruleId", contains(HIGH_RISK))
                .body("results[2]", not(hasKey("notChecked")));
    }

    private static LaunchMap copy(LaunchMap made, UUID id, String body) {
        LaunchMap map = new LaunchMap();
        map.id = id;
        map.team = made.team;
        map.appName = made.appName;
        map.scope = made.scope;
        map.overall = made.overall;
        map.targets = made.targets;
        map.compliant = made.compliant;
        map.needsReview = made.needsReview;
        map.nonCompliant = made.nonCompliant;
        map.asOf = made.asOf;
        map.rulesetVersion = made.rulesetVersion;
        map.evaluatedAt = made.evaluatedAt;
        map.createdAt = Instant.now();
        map.request = made.request;
        map.body = body;
        return map;
    }
}
