package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.launchcheck.api.Confidence;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.Severity;
import io.launchcheck.api.TeamRole;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UseCase;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Use cases, roles, segments and sectors come out in their declared order in every answer and in what is stored,
 * whatever order the request or the rules-service gave them in; a null among them is still a 400 naming the field.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class SetOrderTest extends GatewayTest {

    private static final String PROBLEM = "application/problem+json";

    /** Declaration order of UseCase. */
    private static final String[] USES = {"CONVERSATIONAL_ASSISTANT", "DEEPFAKE", "SOCIAL_SCORING", "EDUCATION",
        "EMPLOYMENT", "CREDIT_SCORING", "MINORS_AS_USERS"};

    private static String reversedUses() {
        List<String> names = new ArrayList<>(Arrays.asList(USES));
        Collections.reverse(names);
        return "[\"" + String.join("\", \"", names) + "\"]";
    }

    @Test
    void anAssessmentListsTheProfilesUseCasesSegmentsAndSectorsInDeclaredOrder() {
        String body = profile(uniqueApp("order"), "{\"jurisdiction\": \"DE\", \"segments\": [\"MILITARY\", "
                + "\"GOVERNMENT\", \"CONSUMER\"], \"sectors\": [\"PUBLIC_ADMINISTRATION\", \"HEALTH\", \"ENERGY\"]}")
                .replaceFirst("\\{", "{\"useCases\": " + reversedUses() + ", \"role\": \"DEPLOYER\", ");

        Response created = assess(body);

        created.then().statusCode(201)
                .body("profile.useCases", contains((Object[]) USES))
                .body("profile.targets[0].segments", contains("CONSUMER", "GOVERNMENT", "MILITARY"))
                .body("profile.targets[0].sectors", contains("ENERGY", "HEALTH", "PUBLIC_ADMINISTRATION"));
        assertThat(rules.lastRequest().get("profile").get("useCases")).extracting(JsonNode::asText)
                .containsExactly(USES);
        asTeam().get(created.header("Location")).then().statusCode(200).body(equalTo(created.asString()));
    }

    @Test
    void aLaunchMapListsItsUseCasesInDeclaredOrder() {
        String body = LaunchMapResourceTest.launchMap(uniqueApp("order-map"), "{\"kind\": \"BLOC\", \"bloc\": \"EU\"}")
                .replaceFirst("\\{", "{\"useCases\": " + reversedUses() + ", ");

        Response created = asTeam().contentType(ContentType.JSON).body(body).post(LaunchMapResourceTest.LAUNCH_MAPS);

        created.then().statusCode(201).body("launchMap.useCases", contains((Object[]) USES));
        assertThat(rules.lastRequest().get("launchMap").get("useCases")).extracting(JsonNode::asText)
                .containsExactly(USES);
        asTeam().get(created.header("Location")).then().statusCode(200).body(equalTo(created.asString()));
    }

    @Test
    void rulesNotCheckedListTheirUseCasesAndRolesInDeclaredOrderWhateverTheRulesServiceSent() {
        List<UseCase> uses = new ArrayList<>(Arrays.stream(USES).map(UseCase::valueOf).toList());
        Collections.reverse(uses);
        List<TeamRole> roles = new ArrayList<>(List.of(TeamRole.values()));
        Collections.reverse(roles);
        // a fixed order the other way round: what a hash set read from JSON could have kept
        UncheckedRule rule = new UncheckedRule("eu-ai-act-annex-iii-high-risk-deployers", RuleKind.OBLIGATION,
                Severity.WARNING, "EU", LocalDate.parse("2026-08-02"), "High-risk uses", List.of("useCases", "role"),
                new LinkedHashSet<>(uses), new LinkedHashSet<>(roles), null, null, Confidence.HIGH);
        rules.notChecked(rule, List.of("DE"));

        Response created = assess(profile(uniqueApp("order-unchecked"), target("DE")));

        created.then().statusCode(201)
                .body("results[0].notChecked[0].useCases", contains((Object[]) USES))
                .body("results[0].notChecked[0].roles", contains("PROVIDER", "DEPLOYER", "IMPORTER", "DISTRIBUTOR"));
        asTeam().get(created.header("Location")).then().statusCode(200).body(equalTo(created.asString()));
    }

    @Test
    void aNullUseCaseIsStillA400NamingTheField() {
        long before = stored();
        String body = profile(uniqueApp("order-null"), target("DE"))
                .replaceFirst("\\{", "{\"useCases\": [\"MINORS_AS_USERS\", null, \"EMPLOYMENT\"], ");

        assess(body).then().statusCode(400).contentType(PROBLEM)
                .body("status", equalTo(400))
                .body("errors.field", hasItem("useCases"))
                .body("errors.message", hasItem("must not be null"));
        assertThat(rules.evaluations()).isZero();
        assertThat(stored()).isEqualTo(before);
    }
}
