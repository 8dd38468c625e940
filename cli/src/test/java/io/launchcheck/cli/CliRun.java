package io.launchcheck.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.launchcheck.api.Ruleset;
import io.launchcheck.rules.testing.RealRulePack;

/** Runs the command line in this JVM, as a pipeline would run it, and keeps what it printed. */
final class CliRun {

    /** The shipped examples, from the repository root. */
    static final Path EXAMPLES = Path.of("../examples");

    final int exitCode;
    final String out;
    final String err;

    private CliRun(int exitCode, String out, String err) {
        this.exitCode = exitCode;
        this.out = out;
        this.err = err;
    }

    static CliRun run(String... args) {
        return run(Map.of(), "", args);
    }

    static CliRun run(Map<String, String> env, String stdin, String... args) {
        return run(false, env, stdin, args);
    }

    /** As on a terminal ({@code terminal}) or piped. */
    static CliRun run(boolean terminal, Map<String, String> env, String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<String, String> environment = new HashMap<>(env);
        int code = LaunchCheck.run(new LaunchCheck.Console(environment,
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintWriter(out),
                new PrintWriter(err), terminal), args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** The real rule pack as the registry serves it, with its sha256 next to it, in {@code dir}. */
    static Path writeRuleset(Path dir, long version) {
        Ruleset ruleset = RealRulePack.ruleset(version, List.of());
        Path file = dir.resolve("ruleset.json");
        try {
            byte[] bytes = Json.JSON.writeValueAsBytes(ruleset);
            Files.write(file, bytes);
            Files.writeString(RulesetFile.digestPath(file), RulesetFile.digestLine(file, RulesetFile.sha256(bytes)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
