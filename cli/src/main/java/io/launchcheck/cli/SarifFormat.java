package io.launchcheck.cli;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Severity;

/**
 * SARIF 2.1.0, for code scanning: one {@code rules[]} entry per registry rule that appears (its message, and as help
 * its legal basis, authority, source and remediation; BLOCKING is an error, WARNING a warning) and one result per
 * finding, located at the line of the target's {@code jurisdiction} in the profile file.
 */
final class SarifFormat {

    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifFormat() {
    }

    static String render(Output.Run run) {
        ObjectNode log = Json.JSON.createObjectNode();
        log.put("$schema", SCHEMA);
        log.put("version", "2.1.0");
        ObjectNode sarifRun = log.putArray("runs").addObject();
        ObjectNode driver = sarifRun.putObject("tool").putObject("driver");
        driver.put("name", "launchcheck");
        driver.put("informationUri", "https://launchcheck.io");
        String version = new LaunchCheck.Version().getVersion()[0].replace("launchcheck ", "");
        driver.put("semanticVersion", version.matches("\\d+\\.\\d+\\.\\d+.*") ? version : "0.0.0");
        ArrayNode rules = driver.putArray("rules");
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        ArrayNode results = sarifRun.putArray("results");
        for (Report report : run.reports()) {
            for (int t = 0; t < report.results().size(); t++) {
                JurisdictionResult target = report.results().get(t);
                int line = report.profile().lineOfTarget(t, target.jurisdiction());
                for (Finding finding : target.findings()) {
                    Integer index = ruleIndex.get(finding.ruleId());
                    if (index == null) {
                        index = rules.size();
                        ruleIndex.put(finding.ruleId(), index);
                        rule(rules.addObject(), finding);
                    }
                    ObjectNode result = results.addObject();
                    result.put("ruleId", finding.ruleId());
                    result.put("ruleIndex", index);
                    result.put("level", level(finding.severity()));
                    result.putObject("message").put("text", target.jurisdiction() + " (" + target.verdict() + "): "
                            + finding.message());
                    ObjectNode location = result.putArray("locations").addObject().putObject("physicalLocation");
                    location.putObject("artifactLocation").put("uri", report.profile().uri());
                    location.putObject("region").put("startLine", line);
                    if (finding.waived() != null) {
                        // a waived finding is reported as suppressed, never dropped
                        result.putArray("suppressions").addObject().put("kind", "external").put("status", "accepted")
                                .put("justification", "waiver " + finding.waived().id() + " approved by "
                                        + finding.waived().approvedBy() + " until " + finding.waived().expiresAt());
                    }
                    ObjectNode properties = result.putObject("properties");
                    properties.put("target", target.jurisdiction());
                    properties.put("verdict", target.verdict().name());
                    properties.put("ruleJurisdiction", finding.jurisdiction());
                    properties.put("rulesetVersion", report.rulesetVersion());
                    properties.put("asOf", report.asOf().toString());
                }
            }
        }
        ObjectNode invocation = sarifRun.putArray("invocations").addObject();
        invocation.put("executionSuccessful", true);
        invocation.putObject("properties").put("mode", run.mode()).put("failOn", run.failOn().name())
                .put("passed", run.passed());
        try {
            return Json.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(log) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void rule(ObjectNode rule, Finding finding) {
        rule.put("id", finding.ruleId());
        rule.put("name", name(finding.ruleId()));
        rule.putObject("shortDescription").put("text", finding.message());
        StringBuilder help = new StringBuilder();
        append(help, "Legal basis", finding.legalBasis());
        append(help, "Authority", finding.authority());
        append(help, "Source", finding.sourceUrl());
        append(help, "What to change", finding.remediation());
        rule.putObject("help").put("text", help.isEmpty() ? finding.message() : help.toString().strip());
        if (finding.sourceUrl() != null && isUri(finding.sourceUrl())) {
            rule.put("helpUri", finding.sourceUrl());
        }
        rule.putObject("defaultConfiguration").put("level", level(finding.severity()));
        ObjectNode properties = rule.putObject("properties");
        properties.put("jurisdiction", finding.jurisdiction());
        if (finding.kind() != null) {
            properties.put("kind", finding.kind().name());
        }
        properties.put("severity", finding.severity().name());
    }

    /** it-garante-deepseek-processing-block becomes ItGaranteDeepseekProcessingBlock (SARIF's rule names). */
    private static String name(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.split("-")) {
            if (!part.isEmpty()) {
                name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return name.toString();
    }

    static String level(Severity severity) {
        return severity == Severity.BLOCKING ? "error" : "warning";
    }

    private static void append(StringBuilder help, String label, String value) {
        if (value != null && !value.isBlank()) {
            help.append(label).append(": ").append(value.strip()).append('\n');
        }
    }

    private static boolean isUri(String value) {
        try {
            return URI.create(value).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
