package io.launchcheck.registry.pack;

import static io.launchcheck.registry.security.Tokens.asOfficer;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.launchcheck.api.Rule;
import io.launchcheck.api.RulePack;
import io.launchcheck.registry.security.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * Upgrading a registry from the first release of the bundled pack (2026.11.1, as committed in db6173e) to the
 * current one: every ruleset version the old pack created reads byte for byte the same afterwards, the pack's
 * release and changelog are answered, and rules older than the (here shortened) review age are flagged.
 * A profile of its own: Flyway cleans the database when it starts, so the version numbers are this test's.
 */
@QuarkusTest
@TestProfile(RulePackUpgradeTest.FreshRegistryWithShortReviewAge.class)
class RulePackUpgradeTest {

    private static final String PACK = "world-ai-restrictions";
    private static final String OLD_PACK = "/rulepacks/world-ai-restrictions-2026.11.1.yaml";
    private static final String DECEMBER_PACK = "/rulepacks/world-ai-restrictions-2026.12.1.yaml";
    private static final String NEW_PACK = "/rulepacks/world-ai-restrictions.yaml";
    private static final int REVIEW_MAX_AGE_DAYS = 2;

    public static class FreshRegistryWithShortReviewAge implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("launchcheck.registry.import-pack-on-empty", "false",
                    "launchcheck.registry.review-max-age", REVIEW_MAX_AGE_DAYS + "d");
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = RulePackUpgradeTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return in.readAllBytes();
        }
    }

    private static JsonPath importPack(byte[] yaml) {
        return asOfficer().contentType("application/yaml").body(yaml).post("/api/v1/rulepacks")
                .then().statusCode(200).extract().jsonPath();
    }

    private static byte[] rulesetAt(long version) {
        return asOfficer().queryParam("version", version).get("/api/v1/ruleset")
                .then().statusCode(200).extract().asByteArray();
    }

    private static long currentVersion() {
        return asOfficer().get("/api/v1/ruleset/version").then().statusCode(200).extract().jsonPath().getLong("version");
    }

    @Test
    void upgradingToTheNewPackKeepsEveryOldRulesetVersionAndAnswersReleaseChangelogAndFreshness() throws IOException {
        long start = currentVersion();
        JsonPath first = importPack(resource(OLD_PACK));
        long oldVersion = first.getLong("rulesetVersion");
        assertThat(oldVersion).isEqualTo(start + 1);
        assertThat(first.getList("added")).hasSize(67);
        byte[] oldRulesetBefore = rulesetAt(oldVersion);
        assertThat(new String(oldRulesetBefore)).doesNotContain("reviewedOn").doesNotContain("\"xai\"");

        JsonPath oldInfo = asOfficer().get("/api/v1/rulepacks/" + PACK).then().statusCode(200).extract().jsonPath();
        assertThat(oldInfo.getString("version")).isNull();
        assertThat(oldInfo.getList("changelog")).isEmpty();
        assertThat(oldInfo.getInt("rules")).isEqualTo(67);
        assertThat(oldInfo.getString("jurisdictions.find { it.jurisdiction == 'KR' }.lastReviewedOn")).isNull();

        JsonPath second = importPack(resource(DECEMBER_PACK));
        long newVersion = second.getLong("rulesetVersion");
        assertThat(newVersion).as("one new version for the whole upgrade").isEqualTo(oldVersion + 1);
        assertThat(second.getList("added", String.class)).hasSize(7).contains("id-komdigi-grok-block-2026",
                "it-garante-clothoff-2025", "us-ndaa-fy2026-s6604-deepseek-ic-systems");
        assertThat(second.getList("changed")).as("every old rule gained reviewedOn").hasSize(67);
        assertThat(second.getList("vendorsAdded", String.class)).hasSize(19).contains("xai", "clothoff", "alibaba",
                "amazon");
        assertThat(second.getList("modelsAdded", String.class)).hasSize(23).contains("deepseek-r1", "grok");

        assertSameBytes(oldVersion, oldRulesetBefore);
        byte[] decemberRulesetBefore = rulesetAt(newVersion);
        assertThat(JsonPath.from(new String(decemberRulesetBefore)).getString("pack.release")).isEqualTo("2026.12.1");
        assertThat(new String(decemberRulesetBefore)).doesNotContain("useCases").doesNotContain("\"roles\"");

        JsonPath third = importPack(resource(NEW_PACK));
        long useCaseVersion = third.getLong("rulesetVersion");
        assertThat(useCaseVersion).isEqualTo(newVersion + 1);
        assertThat(third.getList("added", String.class)).hasSize(13).contains("eu-ai-act-annex-iii-high-risk-deployers",
                "kr-ai-basic-act-generative-ai-labelling", "it-law-132-2025-minors-parental-consent",
                "us-co-ai-act-high-risk-ai");
        assertThat(third.getList("changed")).as("every rule of release 2026.12.1 gained its tests, nothing else")
                .hasSize(74);
        assertSameBytes(oldVersion, oldRulesetBefore);
        assertSameBytes(newVersion, decemberRulesetBefore);
        JsonPath current = JsonPath.from(new String(rulesetAt(useCaseVersion)));
        assertThat(current.getString("pack.name")).isEqualTo(PACK);
        assertThat(current.getString("pack.release")).isEqualTo("2026.12.2");
        assertThat(current.getList("rules.find { it.id == 'eu-ai-act-annex-iii-high-risk-deployers' }.useCases",
                String.class)).contains("EMPLOYMENT", "CREDIT_SCORING");
        assertThat(current.getList("rules.find { it.id == 'eu-ai-act-annex-iii-high-risk-deployers' }.roles",
                String.class)).containsExactly("DEPLOYER");
        JsonPath upgraded = JsonPath.from(new String(rulesetAt(newVersion)));
        assertThat(upgraded.getString("rules.find { it.id == 'kr-pipc-deepseek-download-suspension' }.effectiveTo"))
                .isEqualTo("2025-04-28");
        assertThat(upgraded.getString("rules.find { it.id == 'kr-pipc-deepseek-download-suspension' }.reviewedOn"))
                .isEqualTo("2026-12-01");
        assertThat(JsonPath.from(new String(rulesetAt(oldVersion)))
                .getString("rules.find { it.id == 'kr-pipc-deepseek-download-suspension' }.effectiveTo"))
                .isEqualTo("2025-05-01");
        JsonPath history = asOfficer().get("/api/v1/rules/kr-pipc-deepseek-download-suspension/history")
                .then().statusCode(200).extract().jsonPath();
        assertThat(history.getLong("[0].rulesetVersion")).as("2026.12.2 gave it its tests").isEqualTo(useCaseVersion);
        assertThat(history.getList("[0].after.tests")).isNotEmpty();
        assertThat(history.getList("[1].after.tests")).isNullOrEmpty();
        assertThat(history.getString("[1].after.reviewedOn")).isEqualTo("2026-12-01");
        assertThat(history.getLong("[1].rulesetVersion")).isEqualTo(newVersion);
        assertThat(history.getString("[2].after.reviewedOn")).as("the rule as first imported").isNull();
        assertThat(importPack(resource(NEW_PACK)).getLong("rulesetVersion")).as("re-import changes nothing")
                .isEqualTo(useCaseVersion);

        RulePack pack = new YAMLMapper().findAndRegisterModules().readValue(resource(NEW_PACK), RulePack.class);
        LocalDate dueBefore = LocalDate.now(ZoneOffset.UTC).minusDays(REVIEW_MAX_AGE_DAYS);
        JsonPath info = RestAssured.given().auth().oauth2(Tokens.auditor()).get("/api/v1/rulepacks/" + PACK)
                .then().statusCode(200).extract().jsonPath();
        assertThat(info.getString("version")).isEqualTo("2026.12.2");
        assertThat(info.getLong("rulesetVersion")).isEqualTo(useCaseVersion);
        assertThat(info.getString("importedBy")).isEqualTo(Tokens.OFFICER);
        assertThat(info.getString("importedAt")).isNotBlank();
        assertThat(info.getInt("rules")).isEqualTo(87);
        assertThat(info.getString("reviewDueBefore")).isEqualTo(dueBefore.toString());
        assertThat(info.getList("changelog.version", String.class)).containsExactly("2026.12.2", "2026.12.1", "2026.11.1");
        assertThat(info.getList("changelog[0].changes", String.class)).anyMatch(c -> c.contains("us-co-ai-act-high-risk-ai"));
        assertThat(info.getList("changelog[1].changes", String.class)).anyMatch(c -> c.contains("ph-grok-ban-2026"));
        for (String code : List.of("ID", "KR", "US", "EU")) {
            List<Rule> ofCode = pack.rules().stream().filter(r -> r.jurisdiction().equals(code)).toList();
            Map<String, Object> review = info.getMap("jurisdictions.find { it.jurisdiction == '" + code + "' }");
            assertThat(review).as("review of %s", code).isNotNull();
            assertThat(review.get("rules")).isEqualTo(ofCode.size());
            assertThat(review.get("lastReviewedOn")).isEqualTo(ofCode.stream().map(Rule::reviewedOn)
                    .max(LocalDate::compareTo).orElseThrow().toString());
            assertThat(review.get("reviewOverdue")).as("overdue in %s", code)
                    .isEqualTo((int) ofCode.stream().filter(r -> r.reviewedOn().isBefore(dueBefore)).count());
        }
        assertThat(asOfficer().get("/api/v1/rulepacks").then().statusCode(200).extract().jsonPath()
                .getList("pack", String.class)).contains(PACK);
        asOfficer().get("/api/v1/rulepacks/no-such-pack").then().statusCode(404);
        RestAssured.given().auth().oauth2(Tokens.productTeam()).get("/api/v1/rulepacks").then().statusCode(403);

        List<String> overdueInId = asOfficer().queryParam("jurisdiction", "ID").queryParam("reviewOverdue", true)
                .get("/api/v1/rules").then().statusCode(200).extract().jsonPath().getList("id", String.class);
        List<String> freshInId = asOfficer().queryParam("jurisdiction", "ID").queryParam("reviewOverdue", false)
                .get("/api/v1/rules").then().statusCode(200).extract().jsonPath().getList("id", String.class);
        List<Rule> idRules = pack.rules().stream().filter(r -> r.jurisdiction().equals("ID")).toList();
        assertThat(overdueInId).containsExactlyInAnyOrderElementsOf(idRules.stream()
                .filter(r -> r.reviewedOn().isBefore(dueBefore)).map(Rule::id).toList());
        assertThat(freshInId).containsExactlyInAnyOrderElementsOf(idRules.stream()
                .filter(r -> !r.reviewedOn().isBefore(dueBefore)).map(Rule::id).toList());
        assertThat(overdueInId.size() + freshInId.size()).isEqualTo(idRules.size());
    }

    private static void assertSameBytes(long version, byte[] expected) {
        String before = new String(expected);
        String after = new String(rulesetAt(version));
        int at = 0;
        while (at < Math.min(before.length(), after.length()) && before.charAt(at) == after.charAt(at)) {
            at++;
        }
        assertThat(after).as("ruleset %d after the upgrade, first difference at %d: before ...%s... after ...%s...",
                version, at, before.substring(Math.max(0, at - 200), Math.min(before.length(), at + 200)),
                after.substring(Math.max(0, at - 200), Math.min(after.length(), at + 200))).isEqualTo(before);
    }
}
