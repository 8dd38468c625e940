package io.launchcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code launchcheck} command line, run through its launcher ({@code cli/launchcheck}) as a pipeline runs it, with
 * the commands of docs/ci.md: the ruleset exported from the registry, the shipped examples checked online against
 * the gateway and offline with the rules engine, and both give the same verdicts.
 */
@ExtendWith(E2eSystem.class)
class CliIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path ROOT = Path.of(System.getProperty("launchcheck.root", "..")).toAbsolutePath().normalize();
    private static final Path OUT = ROOT.resolve("e2e-tests/target/cli");

    record Run(int exitCode, String out, String err) {
    }

    static Run launchcheck(String token, String stdin, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("cli/launchcheck").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
        Map<String, String> env = builder.environment();
        env.put("LAUNCHCHECK_TOKEN", token);
        env.put("LAUNCHCHECK_CDS_DIR", OUT.resolve("cds").toString());
        env.put("LAUNCHCHECK_JAVA", Path.of(System.getProperty("java.home.for.services", System.getProperty("java.home")))
                .resolve("bin/java").toString());
        env.remove("LAUNCHCHECK_GATEWAY");
        Process process = builder.start();
        process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), new String(err, StandardCharsets.UTF_8));
    }

    @Test
    void offlineAndOnlineGiveTheSameVerdictsForTheShippedExamples() throws Exception {
        Files.createDirectories(OUT);
        E2eSystem system = E2eSystem.get();
        Path ruleset = OUT.resolve("ruleset.json");

        Run export = launchcheck(Tokens.auditor(), "", "ruleset", "export", "--registry", system.registry.baseUrl(),
                "-o", ruleset.toString());
        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(OUT.resolve("ruleset.json.sha256")).isRegularFile();

        Run online = launchcheck(Tokens.productTeam(), "", "check", "--gateway", system.gateway.baseUrl(),
                "--output", "text", "--output", "json=" + OUT.resolve("online.json"),
                "--output", "sarif=" + OUT.resolve("launchcheck.sarif"), "--output", "junit=" + OUT.resolve("launchcheck.xml"),
                "examples/");
        assertThat(online.exitCode()).as(online.toString()).isEqualTo(1);
        assertThat(online.out()).contains("NON_COMPLIANT", "FAILED");

        Run offline = launchcheck("", "", "check", "--offline", "--ruleset", ruleset.toString(),
                "--output", "json=" + OUT.resolve("offline.json"), "examples/");
        assertThat(offline.exitCode()).as(offline.toString()).isEqualTo(1);

        JsonNode onlineProfiles = JSON.readTree(OUT.resolve("online.json").toFile()).path("profiles");
        JsonNode offlineProfiles = JSON.readTree(OUT.resolve("offline.json").toFile()).path("profiles");
        assertThat(onlineProfiles.size()).isGreaterThanOrEqualTo(10).isEqualTo(offlineProfiles.size());
        for (int p = 0; p < onlineProfiles.size(); p++) {
            assertThat(verdicts(offlineProfiles.get(p))).as(onlineProfiles.get(p).path("file").asText())
                    .isEqualTo(verdicts(onlineProfiles.get(p)));
        }
        assertThat(Files.readString(OUT.resolve("launchcheck.sarif"))).contains("\"version\" : \"2.1.0\"");
        assertThat(Files.readString(OUT.resolve("launchcheck.xml"))).contains("<testsuites");
    }

    @Test
    void anUnknownJurisdictionIsExitTwoWithTheGatewaysFieldError() throws Exception {
        String profile = """
                {"app": {"name": "cli-e2e", "vendor": "OpenAI"}, "hosting": {"mode": "VENDOR_API"},
                 "targets": [{"jurisdiction": "XX"}]}
                """;
        Run run = launchcheck(Tokens.productTeam(), profile, "check", "--gateway", E2eSystem.get().gateway.baseUrl(), "-");
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("targets[0].jurisdiction");
    }

    /** Per profile: the overall verdict, and per target its verdict and the rules of its findings. */
    private static Map<String, Object> verdicts(JsonNode profile) {
        Map<String, Object> verdicts = new HashMap<>();
        verdicts.put("file", profile.path("file").asText());
        verdicts.put("overall", profile.path("overall").asText());
        verdicts.put("rulesetVersion", profile.path("rulesetVersion").asLong());
        for (JsonNode result : profile.path("results")) {
            List<String> rules = new ArrayList<>();
            result.path("findings").forEach(finding -> rules.add(finding.path("ruleId").asText()));
            verdicts.put(result.path("jurisdiction").asText(), result.path("verdict").asText() + " " + rules);
        }
        return verdicts;
    }
}
