package io.launchcheck.gateway.rest;

import static io.launchcheck.gateway.support.Tokens.asTeam;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.launchcheck.api.Verdict;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.FakeRulesService;
import io.launchcheck.gateway.support.GatewayTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The rules' texts the gateway holds: once an answer carried them, the gateway asks for them by digest only (by
 * default the compact form's fourth version, which names the not-checked rules by digest too; the third with
 * {@code launchcheck.gateway.not-checked-by-digest=false}, {@link HeldRuleTextsThirdVersionTest}) and gives the same
 * public answer; an answer naming texts it does not hold (other rules, or a rule whose texts changed) is asked for
 * once more with the texts, and that answer is used.
 */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class HeldRuleTextsTest extends GatewayTest {

    private static final String V2 = CompactEvaluations.MEDIA_TYPE;
    private static final String LAUNCH_MAPS = "/api/v1/launch-maps";

    /** The {@code Accept} of a call by digest: by default the fourth version's. */
    String byDigestAccept() {
        return CompactEvaluations.ACCEPT_V4;
    }

    /** The form the fake rules-service answers a call by digest with. */
    String byDigestForm() {
        return CompactEvaluations.MEDIA_TYPE_V4;
    }

    @BeforeEach
    void judgeWithFindingsAndUpcomingRules() {
        rules.verdict("IT", Verdict.NON_COMPLIANT).verdict("KR", Verdict.NEEDS_REVIEW)
                .upcoming("JP", LocalDate.parse("2026-01-01"));
    }

    @Test
    void asksForTextsByDigestOnceItHoldsThemAndGivesTheSamePublicAnswer() {
        String profile = profile("acme-assistant", target("IT"), target("JP"), target("US-TX"));
        Response full = assess(profile);
        rules.compact(true);

        int before = rules.evaluations();
        Response withTexts = assess(profile);
        int between = rules.evaluations();
        Response byDigest = assess(profile);

        // (a slow answer may be asked for twice: the client retries a timed-out attempt)
        assertThat(since(rules.accepts(), before, between)).containsOnly(CompactEvaluations.ACCEPT);
        assertThat(since(rules.answered(), before, between)).containsOnly(V2);
        assertThat(since(rules.accepts(), between, rules.evaluations())).containsOnly(byDigestAccept());
        assertThat(since(rules.answered(), between, rules.evaluations())).containsOnly(byDigestForm());
        byDigest.then().statusCode(201);
        assertThat(withoutIdAndTime(byDigest.asString())).isEqualTo(withoutIdAndTime(withTexts.asString()))
                .isEqualTo(withoutIdAndTime(full.asString()));
        assertThat(byDigest.jsonPath().getString("results[0].findings[0].legalBasis")).isEqualTo("Test law");
        assertThat(byDigest.jsonPath().getString("results[1].upcoming[0].message")).isEqualTo("A ban takes effect");
    }

    @Test
    void anAnswerNamingTextsNotHeldIsAskedForAgainWithTheTexts() {
        rules.compact(true);
        assess(profile("acme-assistant", target("IT"))).then().statusCode(201);

        int before = rules.evaluations();
        Response other = assess(profile("acme-assistant", target("KR")));

        other.then().statusCode(201);
        assertThat(since(rules.answered(), before, rules.evaluations())).containsSubsequence(byDigestForm(), V2)
                .endsWith(V2);
        assertThat(since(rules.accepts(), before, rules.evaluations()))
                .containsSubsequence(byDigestAccept(), CompactEvaluations.ACCEPT);
        assertThat(other.jsonPath().getString("results[0].findings[0].message")).isEqualTo("Rule kr-advisory applies");
        // now held: asked by digest and expanded
        int held = rules.evaluations();
        assess(profile("acme-assistant", target("KR"))).then().statusCode(201);
        assertThat(since(rules.answered(), held, rules.evaluations())).containsOnly(byDigestForm());
    }

    @Test
    void aChangedRuleTextIsNeverExpandedWithTheOldText() {
        rules.compact(true);
        assess(profile("acme-assistant", target("IT"))).then().statusCode(201);

        rules.legalBasis("Amended law");
        int before = rules.evaluations();
        Response amended = assess(profile("acme-assistant", target("IT")));

        amended.then().statusCode(201);
        assertThat(amended.jsonPath().getString("results[0].findings[0].legalBasis")).isEqualTo("Amended law");
        assertThat(since(rules.answered(), before, rules.evaluations())).containsSubsequence(byDigestForm(), V2)
                .endsWith(V2);
    }

    @Test
    void aRulesServiceThatNamesDigestsWhenAskedForTheTextsGivesNoVerdict() {
        rules.compact(true).mode(FakeRulesService.Mode.DIGESTS_ONLY);
        long before = stored();

        assess(profile("acme-assistant", target("IT"))).then().statusCode(503).header("Retry-After", "5");

        assertThat(rules.accepts()).allMatch(CompactEvaluations.ACCEPT::equals);
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void launchMapsAreAskedForByDigestToo() {
        String map = """
                {"app": {"name": "acme-assistant", "vendor": "DeepSeek", "model": "deepseek-r1"},
                 "hosting": {"mode": "VENDOR_API", "dataCountries": ["CN"]},
                 "segments": ["CONSUMER"], "scope": {"kind": "WORLD", "subdivisionsOf": ["US"]}, "asOf": "%s"}
                """.formatted(AS_OF);
        Response full = createLaunchMap(map);
        rules.compact(true);

        createLaunchMap(map);
        Response byDigest = createLaunchMap(map);

        assertThat(rules.answered()).containsSubsequence("application/json", V2, byDigestForm())
                .endsWith(byDigestForm());
        byDigest.then().statusCode(201);
        assertThat(withoutIdAndTime(byDigest.asString())).isEqualTo(withoutIdAndTime(full.asString()));
        assertThat(byDigest.asString()).contains("Rule it-ban applies", "https://example.org/JP");
    }

    /** The items of the evaluations from {@code from} (inclusive) to {@code to} (exclusive). */
    private static List<String> since(List<String> items, int from, int to) {
        return items.subList(from, to);
    }

    static Response createLaunchMap(String body) {
        return asTeam().contentType(ContentType.JSON).body(body).post(LAUNCH_MAPS);
    }

    static String withoutIdAndTime(String body) {
        return body.replaceAll("\"id\":\"[^\"]+\"", "\"id\":\"-\"")
                .replaceAll("\"evaluatedAt\":\"[^\"]+\"", "\"evaluatedAt\":\"-\"")
                .replaceAll("\"confirmedAt\":\"[^\"]+\"", "\"confirmedAt\":\"-\"")
                .replaceAll("/launch-maps/[0-9a-f-]{36}", "/launch-maps/-");
    }
}
