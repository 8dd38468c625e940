package io.launchcheck.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The verdicts as JSON, for scripts: {@code {passed, failOn, mode, profiles: [{file, overall, results, ...}]}}. */
final class JsonFormat {

    private JsonFormat() {
    }

    static String render(Output.Run run) {
        ObjectNode root = Json.JSON.createObjectNode();
        root.put("passed", run.passed());
        root.put("failOn", run.failOn().name());
        root.put("mode", run.mode());
        ArrayNode profiles = root.putArray("profiles");
        for (Report report : run.reports()) {
            ObjectNode profile = profiles.addObject();
            profile.put("file", report.profile().uri());
            profile.put("app", report.app());
            profile.put("overall", report.overall().name());
            profile.put("failed", report.fails(run.failOn()));
            profile.put("rulesetVersion", report.rulesetVersion());
            profile.put("asOf", report.asOf().toString());
            if (report.assessment() != null) {
                profile.put("assessment", report.assessment());
            }
            profile.set("results", Json.JSON.valueToTree(report.results()));
        }
        try {
            return Json.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
