package io.launchcheck.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import io.launchcheck.api.Verdict;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code launchcheck check PROFILE...}: the verdict on each profile, and an exit code a pipeline branches on. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Checks deployment profiles (JSON or YAML files, directories of them, - for standard input).",
            "Online: POST {gateway}/api/v1/assessments with the token from LAUNCHCHECK_TOKEN or --token-file.",
            "Offline: judged on this machine by the rules engine with a verified ruleset export." },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { ExitCodes.LIST_PASS, ExitCodes.LIST_POLICY, ExitCodes.LIST_USAGE, ExitCodes.LIST_UNAVAILABLE },
        footerHeading = "%nExamples:%n",
        footer = {
            "  launchcheck check --gateway https://launchcheck.example.org profile.json",
            "  launchcheck check --offline --ruleset ruleset.json -o text -o sarif=out.sarif dir/",
            "See docs/ci.md for GitHub Actions and GitLab CI jobs." })
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PROFILE", description = "profile files, directories, or - for stdin")
    List<String> profiles;

    @Option(names = "--gateway", paramLabel = "URL", description = "the gateway to ask (online; else LAUNCHCHECK_GATEWAY)",
            defaultValue = "${env:LAUNCHCHECK_GATEWAY}")
    String gateway;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "file holding the bearer token (else the LAUNCHCHECK_TOKEN environment variable)")
    Path tokenFile;

    @Option(names = "--offline", description = "judge on this machine with --ruleset instead of asking the gateway")
    boolean offline;

    @Option(names = "--ruleset", paramLabel = "FILE", description = "ruleset exported from the registry (offline)")
    Path ruleset;

    @Option(names = "--ruleset-sha256", paramLabel = "HEX",
            description = "expected SHA-256 of --ruleset (else read from FILE.sha256 next to it)")
    String rulesetSha256;

    @Option(names = "--ruleset-version", paramLabel = "N", description = "expected version of --ruleset")
    Long rulesetVersion;

    @Option(names = "--waivers", paramLabel = "FILE", description = "the team's approved waivers (offline): the answer "
            + "of GET /api/v1/waivers?app=APP&active=true; each counts until its expiry on this machine's clock")
    Path waivers;

    @Option(names = "--as-of", paramLabel = "DATE", description = "judge with the rules in force on this date (YYYY-MM-DD)")
    LocalDate asOf;

    @Option(names = "--advice", description = "also find verified advice for each failing target: the smallest "
            + "profile changes that make it pass or milder, each judged again (slower; online the gateway searches, "
            + "offline this machine). Without it the gateway is asked for none (?advice=false)")
    boolean advice;

    @Option(names = "--fail-on", paramLabel = "VERDICT", defaultValue = "NON_COMPLIANT",
            description = "fail (exit 1) at this verdict or worse: NON_COMPLIANT (default) or NEEDS_REVIEW")
    Verdict failOn;

    @Option(names = { "-o", "--output" }, paramLabel = "FORMAT[=PATH]",
            description = "text (default), json, sarif or junit; FORMAT=PATH writes it to a file; repeatable")
    List<String> outputs;

    private final LaunchCheck.Console console;

    CheckCommand(LaunchCheck.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (failOn == Verdict.COMPLIANT) {
            throw CheckFailure.usage("--fail-on: expected NON_COMPLIANT or NEEDS_REVIEW");
        }
        List<Output> targets = (outputs == null || outputs.isEmpty() ? List.of("text") : outputs).stream()
                .map(Output::parse).toList();
        List<ProfileFile> files = ProfileFile.read(profiles, console.in());
        List<Report> reports = new ArrayList<>();
        String mode;
        if (offline) {
            if (ruleset == null) {
                throw CheckFailure.usage("--offline needs --ruleset FILE (launchcheck ruleset export writes one)");
            }
            RulesetFile verified = RulesetFile.load(ruleset, rulesetSha256, rulesetVersion);
            OfflineJudge judge = waivers == null ? new OfflineJudge(verified)
                    : new OfflineJudge(verified, WaiverFile.load(waivers), java.time.Clock.systemUTC());
            for (ProfileFile file : files) {
                reports.add(judge.judge(file, asOf, advice));
            }
            mode = "offline, ruleset " + verified.path().getFileName() + " sha256 " + verified.sha256().substring(0, 12);
        } else {
            if (waivers != null) {
                throw CheckFailure.usage("--waivers is for --offline; online, the gateway applies the team's waivers");
            }
            if (gateway == null || gateway.isBlank()) {
                throw CheckFailure.usage("give --gateway URL (or LAUNCHCHECK_GATEWAY), or --offline --ruleset FILE");
            }
            GatewayClient client = new GatewayClient(gateway, token(console, tokenFile));
            for (ProfileFile file : files) {
                reports.add(client.assess(file, asOf, advice));
            }
            mode = "online, " + gateway;
        }
        Output.Run run = new Output.Run(reports, failOn, mode, console.colour());
        for (Output output : targets) {
            output.write(run, console.out());
        }
        return run.passed() ? ExitCodes.PASS : ExitCodes.POLICY_FAILURE;
    }

    /** The bearer token: from --token-file, else LAUNCHCHECK_TOKEN; never from a flag that would show in ps. */
    static String token(LaunchCheck.Console console, Path tokenFile) {
        String token;
        if (tokenFile != null) {
            try {
                token = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                throw CheckFailure.usage("--token-file " + tokenFile + ": cannot read it: " + e.getMessage());
            }
        } else {
            token = console.env().getOrDefault("LAUNCHCHECK_TOKEN", "").strip();
        }
        if (token.isEmpty()) {
            throw CheckFailure.usage("no token: set LAUNCHCHECK_TOKEN or give --token-file FILE");
        }
        return token;
    }
}
