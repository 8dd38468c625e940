package io.launchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * {@code check --offline --waivers FILE}: the team's approved waivers, as the gateway lists them, are applied by
 * the same function the gateway uses; an expired one (on this machine's clock) waives nothing.
 */
class CheckOfflineWaiversTest {

    @TempDir
    static Path dir;
    static Path ruleset;

    @BeforeAll
    static void exportRuleset() {
        ruleset = CliRun.writeRuleset(dir, 7);
    }

    static CliRun offline(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--offline", "--ruleset", ruleset.toString()));
        all.addAll(List.of(args));
        return CliRun.run(all.toArray(String[]::new));
    }

    /** The blocking findings of Italy for the April 2023 example, as the rules find them without waivers. */
    static List<String> blockingRules() {
        CliRun run = offline("-o", "json", CheckOfflineTest.ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
        List<String> rules = new ArrayList<>();
        for (JsonNode result : CheckOfflineTest.read(run.out).path("profiles").get(0).path("results")) {
            for (JsonNode finding : result.path("findings")) {
                if ("BLOCKING".equals(finding.path("severity").asText())) {
                    rules.add(result.path("jurisdiction").asText() + " " + finding.path("ruleId").asText());
                }
            }
        }
        assertThat(rules).isNotEmpty();
        return rules;
    }

    static String app() {
        CliRun run = offline("-o", "json", CheckOfflineTest.ITALY_APRIL_2023);
        return CheckOfflineTest.read(run.out).path("profiles").get(0).path("app").asText();
    }

    static Path waiverFile(String name, Instant expiresAt, String status) throws IOException {
        StringBuilder items = new StringBuilder();
        for (String rule : blockingRules()) {
            String[] parts = rule.split(" ");
            if (!items.isEmpty()) {
                items.append(", ");
            }
            items.append("""
                    {"id": "%s", "ruleId": "%s", "jurisdiction": "%s", "app": "%s", "team": "payments",
                     "status": "%s", "reference": "JIRA-1", "expiresAt": "%s", "approvedBy": "bob@example.org"}
                    """.formatted(UUID.randomUUID(), parts[1], parts[0], app().toUpperCase(), status, expiresAt));
        }
        Path file = dir.resolve(name);
        Files.writeString(file, "{\"items\": [" + items + "], \"page\": 0, \"size\": 20, \"total\": 1}");
        return file;
    }

    @Test
    void anActiveWaiverIsReportedAndNotCounted() throws IOException {
        Path waivers = waiverFile("active.json", Instant.now().plus(Duration.ofDays(30)), "APPROVED");
        CliRun run = offline("--waivers", waivers.toString(), CheckOfflineTest.ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.PASS);
        assertThat(run.out).contains("waived", "bob@example.org", "not counted", "PASSED");

        CliRun json = offline("--waivers", waivers.toString(), "-o", "json", CheckOfflineTest.ITALY_APRIL_2023);
        JsonNode result = CheckOfflineTest.read(json.out).path("profiles").get(0).path("results").get(0);
        assertThat(result.path("verdictWithoutWaivers").asText()).isEqualTo("NON_COMPLIANT");
        assertThat(result.path("findings").get(0).path("waived").path("approvedBy").asText()).isEqualTo("bob@example.org");

        CliRun sarif = offline("--waivers", waivers.toString(), "-o", "sarif", CheckOfflineTest.ITALY_APRIL_2023);
        assertThat(sarif.out).contains("\"suppressions\"", "accepted");
    }

    @Test
    void anExpiredWaiverInTheFileWaivesNothing() throws IOException {
        Path waivers = waiverFile("expired.json", Instant.now().minusSeconds(1), "APPROVED");
        CliRun run = offline("--waivers", waivers.toString(), CheckOfflineTest.ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
        assertThat(run.out).doesNotContain("waived");
    }

    @Test
    void aWaiverThatIsNotApprovedWaivesNothing() throws IOException {
        Path waivers = waiverFile("revoked.json", Instant.now().plus(Duration.ofDays(30)), "REVOKED");
        CliRun run = offline("--waivers", waivers.toString(), CheckOfflineTest.ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
    }

    @Test
    void aFileThatIsNotAWaiverListIsAUsageError() throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, "{\"waivers\": 1}");
        CliRun run = offline("--waivers", bad.toString(), CheckOfflineTest.ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    }
}
