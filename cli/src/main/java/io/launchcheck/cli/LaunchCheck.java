package io.launchcheck.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code launchcheck}: asks whether an AI app may launch in its target markets, from a pipeline. Online through the
 * gateway's public API, or offline with the rules engine and an exported ruleset.
 */
@Command(name = "launchcheck", mixinStandardHelpOptions = true, versionProvider = LaunchCheck.Version.class,
        description = "Checks AI deployment profiles against the LaunchCheck compliance rules.",
        subcommands = { CheckCommand.class, RulesetCommand.class, ExplainCommand.class,
                CommandLine.HelpCommand.class },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { ExitCodes.LIST_PASS, ExitCodes.LIST_POLICY, ExitCodes.LIST_USAGE, ExitCodes.LIST_UNAVAILABLE })
public final class LaunchCheck implements java.util.concurrent.Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What a command reads from and writes to; the real process's, or a test's. */
    public record Console(Map<String, String> env, InputStream in, PrintWriter out, PrintWriter err, boolean terminal) {

        static Console system() {
            return new Console(System.getenv(), System.in,
                    new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                    new PrintWriter(System.err, true, StandardCharsets.UTF_8), System.console() != null);
        }

        /** Colour only on a terminal, and never with NO_COLOR set (https://no-color.org). */
        boolean colour() {
            String noColor = env.get("NO_COLOR");
            return terminal && (noColor == null || noColor.isEmpty()) && !"dumb".equals(env.get("TERM"));
        }
    }

    private LaunchCheck() {
    }

    /** No command given: the usage, and exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    public static void main(String[] args) {
        System.exit(run(Console.system(), args));
    }

    /** Runs one command line and answers its exit code (see {@link ExitCodes}). */
    public static int run(Console console, String... args) {
        CommandLine commandLine = new CommandLine(new LaunchCheck(), new Factory(console));
        commandLine.setOut(console.out());
        commandLine.setErr(console.err());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setExitCodeExceptionMapper(e -> e instanceof CheckFailure failure ? failure.exitCode()
                : e instanceof CommandLine.ParameterException ? ExitCodes.USAGE : ExitCodes.UNAVAILABLE);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
            if (e instanceof CheckFailure failure) {
                cmd.getErr().println("launchcheck: " + failure.getMessage());
                failure.details().forEach(detail -> cmd.getErr().println("  " + detail));
                cmd.getErr().flush();
                return failure.exitCode();
            }
            // fail closed: whatever went wrong, nothing was checked
            cmd.getErr().println("launchcheck: could not check: " + e);
            cmd.getErr().flush();
            return ExitCodes.UNAVAILABLE;
        });
        int code = commandLine.execute(args);
        console.out().flush();
        console.err().flush();
        return code;
    }

    /** Gives every command the console it runs with. */
    private record Factory(Console console) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            try {
                return type.getDeclaredConstructor(Console.class).newInstance(console);
            } catch (NoSuchMethodException e) {
                return CommandLine.defaultFactory().create(type);
            }
        }
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = LaunchCheck.class.getPackage().getImplementationVersion();
            return new String[] { "launchcheck " + (version == null ? "development build" : version) };
        }
    }
}
