package io.launchcheck.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import io.launchcheck.api.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code launchcheck explain RULE_ID}: what a rule says, why, on what legal basis, and what to change. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explains a rule of a ruleset export: what, why, legal basis, source, remediation.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = { "0:explained", "2:no such rule, or bad usage", "3:ruleset does not verify" })
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "RULE_ID", description = "a rule id as findings name it, e.g. it-garante-deepseek-processing-block")
    String ruleId;

    @Option(names = "--ruleset", required = true, paramLabel = "FILE", description = "ruleset exported from the registry")
    Path ruleset;

    @Option(names = "--ruleset-sha256", paramLabel = "HEX", description = "expected SHA-256 (else FILE.sha256)")
    String rulesetSha256;

    private final LaunchCheck.Console console;

    ExplainCommand(LaunchCheck.Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        RulesetFile file = RulesetFile.load(ruleset, rulesetSha256, null);
        Rule rule = file.ruleset().rules().stream().filter(r -> r.id().equals(ruleId.strip())).findFirst()
                .orElseThrow(() -> CheckFailure.usage("ruleset version " + file.ruleset().version() + " has no rule '"
                        + ruleId + "'"));
        StringBuilder out = new StringBuilder();
        out.append(rule.id()).append(rule.title() == null ? "" : ": " + rule.title()).append('\n');
        line(out, "Jurisdiction", rule.jurisdiction() + (rule.organization() == null ? "" : " (" + rule.organization() + ")"));
        line(out, "Kind", rule.kind() + ", " + rule.severity() + ", " + rule.status());
        line(out, "In force", rule.effectiveFrom() + (rule.effectiveTo() == null ? "" : " to " + rule.effectiveTo())
                + (rule.dateNote() == null ? "" : " (" + rule.dateNote() + ")"));
        line(out, "What", rule.summary());
        line(out, "Applies to", rule.scope());
        line(out, "Why (hosting)", rule.hostingRationale());
        line(out, "Legal basis", rule.legalBasis());
        line(out, "Authority", rule.authority());
        line(out, "Source", rule.sourceUrl());
        if (rule.sources() != null) {
            rule.sources().forEach(source -> line(out, "Also", source));
        }
        line(out, "What to change", rule.remediation());
        line(out, "Confidence", rule.confidence() == null ? null : rule.confidence().name());
        out.append("(ruleset version ").append(file.ruleset().version()).append(")\n");
        console.out().print(out);
        console.out().flush();
        return ExitCodes.PASS;
    }

    private static void line(StringBuilder out, String label, String value) {
        if (value != null && !value.isBlank()) {
            out.append(String.format("  %-15s %s%n", label + ":", value.strip()));
        }
    }
}
