package io.launchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code check --offline}: the real rules engine and the real rule pack, every exit code. */
class CheckOfflineTest {

    static final String ITALY_APRIL_2023 = CliRun.EXAMPLES.resolve("chatgpt-italy-april-2023.json").toString();
    static final String ITALY_JUNE_2023 = CliRun.EXAMPLES.resolve("chatgpt-italy-june-2023.json").toString();
    static final String DEEPSEEK_THREE = CliRun.EXAMPLES.resolve("deepseek-italy-texas-korea.json").toString();

    @TempDir
    static Path dir;
    static Path ruleset;

    @BeforeAll
    static void exportRuleset() {
        ruleset = CliRun.writeRuleset(dir, 7);
    }

    static CliRun offline(String... args) {
        String[] all = new String[args.length + 4];
        all[0] = "check";
        all[1] = "--offline";
        all[2] = "--ruleset";
        all[3] = ruleset.toString();
        System.arraycopy(args, 0, all, 4, args.length);
        return CliRun.run(all);
    }

    @Test
    void exitsOneWhenATargetIsNonCompliant() {
        CliRun run = offline(ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
        assertThat(run.out).contains("IT", "NON_COMPLIANT", "ruleset version 7", "FAILED").doesNotContain("\u001b[");
    }

    @Test
    void findsVerifiedAdviceOfflineOnlyWhenAsked() {
        CliRun without = offline(ITALY_APRIL_2023);
        assertThat(without.out).doesNotContain("advice (judged again)");

        CliRun with = offline("--advice", ITALY_APRIL_2023);
        assertThat(with.exitCode).as(with.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
        assertThat(with.out).contains("IT  advice (judged again): ").contains("clears it-garante-chatgpt");
    }

    @Test
    void passesNeedsReviewUnlessFailOnNeedsReview() {
        CliRun lenient = offline(ITALY_JUNE_2023);
        assertThat(lenient.exitCode).as(lenient.toString()).isEqualTo(ExitCodes.PASS);
        assertThat(lenient.out).contains("NEEDS_REVIEW", "PASSED");

        CliRun strict = offline("--fail-on", "NEEDS_REVIEW", ITALY_JUNE_2023);
        assertThat(strict.exitCode).as(strict.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
    }

    @Test
    void exitsZeroWhenEveryTargetIsCompliant() {
        CliRun run = offline("--output", "json", "--as-of", "2026-01-15",
                CliRun.EXAMPLES.resolve("us-self-hosted-enterprise.json").toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.PASS);
        JsonNode profile = read(run.out).path("profiles").get(0);
        assertThat(profile.path("overall").asText()).isEqualTo("COMPLIANT");
        assertThat(profile.path("asOf").asText()).isEqualTo("2026-01-15");
    }

    @Test
    void rejectsUnknownJurisdictionNamingTheField() throws IOException {
        Path profile = dir.resolve("unknown.json");
        Files.writeString(profile, """
                {"app": {"name": "a", "vendor": "OpenAI"}, "hosting": {"mode": "VENDOR_API"},
                 "targets": [{"jurisdiction": "IT"}, {"jurisdiction": "XX"}]}
                """);
        CliRun run = offline(profile.toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("targets[1].jurisdiction: unknown jurisdiction 'XX'");
    }

    @Test
    void rejectsAProfileWithoutRequiredFields() throws IOException {
        Path profile = dir.resolve("incomplete.yaml");
        Files.writeString(profile, """
                app:
                  vendor: OpenAI
                hosting:
                  mode: THIRD_PARTY
                targets: []
                """);
        CliRun run = offline(profile.toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("app.name: must not be blank", "targets: must not be empty",
                "hosting.operator: is required when hosting.mode is THIRD_PARTY");
    }

    @Test
    void rejectsAnUnknownEnumValueNamingTheField() throws IOException {
        Path profile = dir.resolve("bad-mode.json");
        Files.writeString(profile, """
                {"app": {"name": "a"}, "hosting": {"mode": "ON_THE_MOON"}, "targets": [{"jurisdiction": "IT"}]}
                """);
        CliRun run = offline(profile.toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("hosting.mode");
    }

    @Test
    void judgesTheUseCaseObligationsOfAYamlProfileByDate() throws IOException {
        Path profile = dir.resolve("hiring.yaml");
        String yaml = """
                app: {name: hiring-screen, vendor: Meta, model: meta-llama/Llama-3.1-8B-Instruct}
                hosting: {mode: SELF_HOSTED, dataCountries: [DE]}
                targets:
                  - jurisdiction: EU
                    segments: [ENTERPRISE]
                useCases: [employment]
                role: deployer
                asOf: %s
                """;
        Files.writeString(profile, yaml.formatted("2026-12-01"));
        CliRun after = offline("--output", "json", profile.toString());
        assertThat(after.exitCode).as(after.toString()).isEqualTo(ExitCodes.PASS);
        JsonNode result = read(after.out).path("profiles").get(0).path("results").get(0);
        assertThat(result.path("verdict").asText()).isEqualTo("NEEDS_REVIEW");
        assertThat(result.path("findings").findValuesAsText("ruleId"))
                .contains("eu-ai-act-annex-iii-high-risk-deployers", "eu-ai-act-art4-ai-literacy")
                .doesNotContain("eu-ai-act-annex-iii-high-risk-providers");

        Files.writeString(profile, yaml.formatted("2026-06-01"));
        CliRun before = offline("--output", "json", profile.toString());
        JsonNode earlier = read(before.out).path("profiles").get(0).path("results").get(0);
        assertThat(earlier.path("findings").findValuesAsText("ruleId"))
                .doesNotContain("eu-ai-act-annex-iii-high-risk-deployers");
        assertThat(earlier.path("upcoming").findValuesAsText("ruleId")).contains("eu-ai-act-annex-iii-high-risk-deployers");
    }

    @Test
    void rejectsAnUnknownUseCaseNamingTheFieldAndTheKnownValues() throws IOException {
        Path profile = dir.resolve("bad-use.yaml");
        Files.writeString(profile, """
                app: {name: a, vendor: Meta}
                hosting: {mode: SELF_HOSTED}
                targets: [{jurisdiction: EU}]
                useCases: [EMPLOYMENT, TIME_TRAVEL]
                """);
        CliRun run = offline(profile.toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("useCases[1]", "TIME_TRAVEL", "CREDIT_SCORING");
    }

    @Test
    void readsYamlFromStandardInput() {
        String yaml = """
                app: {name: acme-assistant, vendor: OpenAI, model: gpt-4o}
                hosting: {mode: VENDOR_API, dataCountries: [US]}
                targets:
                  - jurisdiction: IT
                    segments: [CONSUMER]
                asOf: 2023-04-15
                """;
        CliRun run = CliRun.run(Map.of(), yaml, "check", "--offline", "--ruleset", ruleset.toString(), "-");
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
        assertThat(run.out).contains("stdin", "NON_COMPLIANT");
    }

    @Test
    void checksEveryProfileOfADirectory() {
        CliRun run = offline("--output", "json", CliRun.EXAMPLES.toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
        JsonNode json = read(run.out);
        assertThat(json.path("profiles")).hasSizeGreaterThanOrEqualTo(10);
        assertThat(json.path("passed").asBoolean()).isFalse();
        assertThat(json.path("profiles").get(0).path("rulesetVersion").asLong()).isEqualTo(7);
    }

    @Test
    void refusesARulesetThatDoesNotMatchItsDigest() {
        CliRun run = CliRun.run("check", "--offline", "--ruleset", ruleset.toString(), "--ruleset-sha256",
                "00".repeat(32), ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(run.err).contains("does not match its SHA-256");
    }

    @Test
    void refusesARulesetOfAnotherVersion() {
        CliRun run = offline("--ruleset-version", "8", ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(run.err).contains("is version 7, expected 8");
    }

    @Test
    void refusesARulesetWithoutDigest(@TempDir Path other) throws IOException {
        Path copy = other.resolve("ruleset.json");
        Files.copy(ruleset, copy);
        CliRun run = CliRun.run("check", "--offline", "--ruleset", copy.toString(), ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("no digest to verify it");
    }

    @Test
    void needsAGatewayOrOffline() {
        CliRun run = CliRun.run("check", ITALY_APRIL_2023);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("--gateway");
    }

    @Test
    void rejectsUnknownOptionsAsUsageErrors() {
        assertThat(CliRun.run("check", "--token", "secret", ITALY_APRIL_2023).exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(offline("--output", "html", ITALY_APRIL_2023).exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(offline("--fail-on", "COMPLIANT", ITALY_APRIL_2023).exitCode).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.run();
        assertThat(run.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("Usage: launchcheck", "check", "ruleset", "explain");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun run = CliRun.run("check", "--help");
        assertThat(run.exitCode).isEqualTo(ExitCodes.PASS);
        assertThat(run.out).contains("Exit codes:", "0", "1", "2", "3", "policy failure", "could not check",
                "LAUNCHCHECK_TOKEN");
    }

    @Test
    void writesSeveralFormatsAtOnce() {
        Path sarif = dir.resolve("out/launchcheck.sarif");
        Path junit = dir.resolve("out/launchcheck.xml");
        CliRun run = offline("--output", "text", "--output", "sarif=" + sarif, "--output", "junit=" + junit,
                DEEPSEEK_THREE);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
        assertThat(sarif).isRegularFile();
        assertThat(junit).isRegularFile();
        assertThat(run.out).contains("US-TX");
    }

    @Test
    void coloursVerdictsOnlyOnATerminalWithoutNoColor() {
        String[] args = { "check", "--offline", "--ruleset", ruleset.toString(), ITALY_APRIL_2023 };
        assertThat(CliRun.run(true, Map.of(), "", args).out).contains("\u001b[31mNON_COMPLIANT");
        assertThat(CliRun.run(true, Map.of("NO_COLOR", "1"), "", args).out).doesNotContain("\u001b[");
        assertThat(CliRun.run(false, Map.of(), "", args).out).doesNotContain("\u001b[");
    }

    @Test
    void explainsARule() {
        CliRun run = CliRun.run("explain", "it-garante-deepseek-processing-block", "--ruleset", ruleset.toString());
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.PASS);
        assertThat(run.out).contains("Legal basis:", "Source:", "What to change:", "IT", "ruleset version 7");

        CliRun unknown = CliRun.run("explain", "no-such-rule", "--ruleset", ruleset.toString());
        assertThat(unknown.exitCode).isEqualTo(ExitCodes.USAGE);
        assertThat(unknown.err).contains("no rule 'no-such-rule'");
    }

    static JsonNode read(String json) {
        try {
            return Json.JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError(json, e);
        }
    }
}
