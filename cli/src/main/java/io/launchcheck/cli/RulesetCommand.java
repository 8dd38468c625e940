package io.launchcheck.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.launchcheck.api.Ruleset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code launchcheck ruleset export}: the registry's ruleset, for offline checks. */
@Command(name = "ruleset", mixinStandardHelpOptions = true, description = "Works with ruleset exports.",
        subcommands = RulesetCommand.Export.class)
final class RulesetCommand {

    @Command(name = "export", mixinStandardHelpOptions = true, sortOptions = false,
            description = { "Writes the registry's ruleset (GET {registry}/api/v1/ruleset, exactly as served) to FILE",
                "and its SHA-256 to FILE.sha256 (sha256sum's format), for check --offline.",
                "Needs an auditor or compliance-officer token (LAUNCHCHECK_TOKEN or --token-file)." },
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = { "0:written", "2:usage error or refused token", "3:registry unavailable" })
    static final class Export implements Callable<Integer> {

        @Option(names = "--registry", required = true, paramLabel = "URL", description = "the registry-service")
        String registry;

        @Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "where to write it")
        Path output;

        @Option(names = "--version", paramLabel = "N", description = "a given ruleset version (default: the current one)")
        Long version;

        @Option(names = "--token-file", paramLabel = "FILE",
                description = "file holding the bearer token (else LAUNCHCHECK_TOKEN)")
        Path tokenFile;

        private final LaunchCheck.Console console;

        Export(LaunchCheck.Console console) {
            this.console = console;
        }

        @Override
        public Integer call() {
            String token = CheckCommand.token(console, tokenFile);
            URI base = URI.create(registry.endsWith("/") ? registry : registry + "/");
            URI uri = base.resolve("api/v1/ruleset" + (version == null ? "" : "?version=" + version));
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(GatewayClient.REQUEST_TIMEOUT)
                    .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build();
            HttpResponse<byte[]> response;
            try {
                response = HttpClient.newBuilder().connectTimeout(GatewayClient.CONNECT_TIMEOUT).build()
                        .send(request, HttpResponse.BodyHandlers.ofByteArray());
            } catch (IOException e) {
                throw CheckFailure.unavailable("the registry " + base + " cannot be reached (" + e + ")");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw CheckFailure.unavailable("interrupted");
            }
            int status = response.statusCode();
            if (status == 401 || status == 403) {
                throw CheckFailure.usage("the registry refused the token (" + status + "): an auditor or "
                        + "compliance-officer token reads the ruleset");
            }
            if (status == 404 || status == 400) {
                throw CheckFailure.usage("the registry has no such ruleset (" + status + ")");
            }
            if (status != 200) {
                throw CheckFailure.unavailable("the registry answered " + status);
            }
            Ruleset ruleset;
            try {
                ruleset = Json.JSON.readValue(response.body(), Ruleset.class);
            } catch (IOException e) {
                throw CheckFailure.unavailable("the registry's answer is not a ruleset: " + e.getMessage());
            }
            String sha256 = RulesetFile.sha256(response.body());
            try {
                if (output.toAbsolutePath().getParent() != null) {
                    Files.createDirectories(output.toAbsolutePath().getParent());
                }
                Files.write(output, response.body());
                Files.writeString(RulesetFile.digestPath(output), RulesetFile.digestLine(output, sha256));
            } catch (IOException e) {
                throw CheckFailure.usage("-o " + output + ": cannot write it: " + e.getMessage());
            }
            console.out().println("ruleset version " + ruleset.version() + " (" + ruleset.rules().size() + " rules) written to "
                    + output + ", sha256 " + sha256 + " in " + RulesetFile.digestPath(output));
            return ExitCodes.PASS;
        }
    }
}
