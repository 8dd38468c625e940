package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.launchcheck.api.Verdict;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/**
 * The gateway asks the rules-service for the compact form and gives the same public answer whether it gets that
 * or the full form (a rules-service without the compact form).
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class CompactEvaluationTest extends GatewayTest {

    @Test
    void asksForTheCompactFormFirstAndTheFullFormSecond() {
        assess(profile("acme-assistant", target("IT"))).then().statusCode(201);

        assertThat(rules.lastAccept()).isEqualTo(CompactEvaluations.ACCEPT);
    }

    @Test
    void compactAndFullFormsGiveTheSamePublicAnswer() {
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW)
                .upcoming("JP", LocalDate.parse("2026-01-01"));
        String profile = profile("acme-assistant", target("IT"), target("KR"), target("JP"), target("US-TX"));

        Response full = assess(profile);
        rules.compact(true);
        Response compact = assess(profile);

        full.then().statusCode(201);
        compact.then().statusCode(201);
        assertThat(withoutIdAndTime(compact.asString())).isEqualTo(withoutIdAndTime(full.asString()));
        JsonPath answer = compact.jsonPath();
        assertThat(answer.getString("results[0].findings[0].message")).isEqualTo("Rule it-ban applies");
        assertThat(answer.getString("results[0].findings[0].legalBasis")).isEqualTo("Test law");
        assertThat(answer.getString("results[2].upcoming[0].sourceUrl")).isEqualTo("https://example.org/JP");
        // what is stored is the same answer
        String stored = asTeam().get(compact.header("Location")).then().statusCode(200).extract().asString();
        assertThat(stored).isEqualTo(compact.asString());
    }

    private static String withoutIdAndTime(String body) {
        return body.replaceAll("\"id\":\"[^\"]+\"", "\"id\":\"-\"")
                .replaceAll("\"evaluatedAt\":\"[^\"]+\"", "\"evaluatedAt\":\"-\"")
                .replaceAll("\"confirmedAt\":\"[^\"]+\"", "\"confirmedAt\":\"-\"");
    }
}
