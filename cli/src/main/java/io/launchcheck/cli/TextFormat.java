package io.launchcheck.cli;

import java.util.List;
import java.util.stream.Collectors;

import io.launchcheck.api.Advice;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdict;

/** A table a person reads in a build log: per profile, per target, the verdict and the rules that decide it. */
final class TextFormat {

    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    private TextFormat() {
    }

    static String render(Output.Run run) {
        StringBuilder out = new StringBuilder();
        for (Report report : run.reports()) {
            out.append(bold(run, report.profile().uri())).append("  ").append(report.app() == null ? "" : report.app())
                    .append("  ").append(verdict(run, report.overall(), false))
                    .append("  (ruleset version ").append(report.rulesetVersion()).append(", as of ")
                    .append(report.asOf()).append(", ").append(run.mode()).append(")\n");
            if (report.assessment() != null) {
                out.append("  assessment ").append(report.assessment()).append('\n');
            }
            out.append(String.format("  %-12s %-14s %s%n", "JURISDICTION", "VERDICT", "RULES"));
            for (JurisdictionResult result : report.results()) {
                String rules = result.findings().isEmpty() ? "-" : result.findings().stream()
                        .map(f -> f.ruleId() + " (" + f.severity() + (f.waived() == null ? "" : ", waived") + ")")
                        .collect(Collectors.joining(", "));
                out.append("  ").append(String.format("%-12s ", result.jurisdiction()))
                        .append(verdict(run, result.verdict(), true)).append(' ').append(rules).append('\n');
            }
            for (JurisdictionResult result : report.results()) {
                for (Finding finding : result.findings()) {
                    out.append("  ").append(result.jurisdiction()).append("  ").append(finding.ruleId()).append(": ")
                            .append(finding.message()).append('\n');
                    if (finding.waived() != null) {
                        out.append("      waived by ").append(finding.waived().id().toString()).append(" (approved by ")
                                .append(finding.waived().approvedBy()).append(", until ")
                                .append(finding.waived().expiresAt().toString()).append("): not counted\n");
                    } else if (finding.remediation() != null && Report.fails(result.verdict(), run.failOn())) {
                        out.append("      what to change: ").append(finding.remediation()).append('\n');
                    }
                }
                for (Advice advice : result.advice() == null ? List.<Advice>of() : result.advice()) {
                    out.append("  ").append(result.jurisdiction()).append("  advice (judged again): ")
                            .append(advice.changes().stream().map(Advice.ProfileChange::summary)
                                    .collect(Collectors.joining(" and ")))
                            .append(" -> ").append(verdict(run, advice.verdict(), false));
                    if (!advice.clears().isEmpty()) {
                        out.append(", clears ").append(String.join(", ", advice.clears()));
                    }
                    if (!advice.adds().isEmpty()) {
                        out.append(", adds ").append(String.join(", ", advice.adds()));
                    }
                    out.append('\n');
                }
            }
            out.append('\n');
        }
        long failed = run.reports().stream().filter(report -> report.fails(run.failOn())).count();
        String versions = run.reports().stream().map(r -> Long.toString(r.rulesetVersion())).distinct()
                .collect(Collectors.joining(", "));
        out.append(run.passed() ? "PASSED" : "FAILED").append(": ").append(run.reports().size())
                .append(run.reports().size() == 1 ? " profile, " : " profiles, ").append(failed)
                .append(" at or above ").append(run.failOn()).append(" (ruleset version ").append(versions)
                .append(", ").append(run.mode()).append(")\n");
        return out.toString();
    }

    private static String verdict(Output.Run run, Verdict verdict, boolean padded) {
        String text = padded ? String.format("%-14s", verdict) : verdict.name();
        if (!run.colour()) {
            return text;
        }
        String colour = switch (verdict) {
            case COMPLIANT -> "\u001b[32m";
            case NEEDS_REVIEW -> "\u001b[33m";
            case NON_COMPLIANT -> "\u001b[31m";
        };
        return colour + text + RESET;
    }

    private static String bold(Output.Run run, String text) {
        return run.colour() ? BOLD + text + RESET : text;
    }
}
