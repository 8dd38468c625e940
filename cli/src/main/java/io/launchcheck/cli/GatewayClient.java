package io.launchcheck.cli;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.Verdict;

/**
 * The public API, as a pipeline calls it: {@code POST {gateway}/api/v1/assessments} with a bearer token. Answers
 * only with a verdict for every target; anything else ends the check (400/422: exit 2 with the problem's field
 * errors; 401/403: exit 2; unreachable, timed out, 503 or any other answer: exit 3).
 */
final class GatewayClient {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final URI base;
    private final String token;
    private final HttpClient http;

    GatewayClient(String base, String token) {
        this.base = URI.create(base.endsWith("/") ? base : base + "/");
        this.token = token;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** The gateway's assessment of the profile; with verified advice only when asked (it costs the gateway more). */
    Report assess(ProfileFile file, LocalDate asOf, boolean advice) {
        ObjectNode body = file.tree().deepCopy();
        if (asOf != null) {
            body.put("asOf", asOf.toString());
        }
        HttpRequest request = HttpRequest.newBuilder(base.resolve(advice ? "api/v1/assessments" : "api/v1/assessments?advice=false")).timeout(REQUEST_TIMEOUT)
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
        HttpResponse<String> response = send(request, file);
        int status = response.statusCode();
        if (status == 200 || status == 201) {
            return report(file, response);
        }
        JsonNode problem = problem(response.body());
        String detail = problem.path("detail").asText(problem.path("title").asText(""));
        if (status == 400 || status == 422 || status == 413) {
            List<String> errors = new ArrayList<>();
            problem.path("errors").forEach(error -> errors.add(error.path("field").asText() + ": "
                    + error.path("message").asText()));
            if (errors.isEmpty() && !detail.isEmpty()) {
                errors.add(detail);
            }
            throw CheckFailure.usage(file.name() + ": invalid profile (gateway answered " + status + ")", errors);
        }
        if (status == 401 || status == 403) {
            throw CheckFailure.usage(file.name() + ": the gateway refused the token (" + status + "): set LAUNCHCHECK_TOKEN "
                    + "or --token-file to a product-team token");
        }
        String retry = response.headers().firstValue("Retry-After").map(s -> "; retry after " + s + " s").orElse("");
        throw CheckFailure.unavailable(file.name() + ": no verdict: the gateway answered " + status
                + (detail.isEmpty() ? "" : " (" + detail + ")") + retry);
    }

    private HttpResponse<String> send(HttpRequest request, ProfileFile file) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw CheckFailure.unavailable(file.name() + ": no verdict: the gateway " + base + " cannot be reached ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw CheckFailure.unavailable(file.name() + ": interrupted before a verdict");
        }
    }

    private static Report report(ProfileFile file, HttpResponse<String> response) {
        try {
            JsonNode assessment = Json.JSON.readTree(response.body());
            List<JurisdictionResult> results = Json.JSON.convertValue(assessment.path("results"),
                    new TypeReference<List<JurisdictionResult>>() { });
            JsonNode targets = file.tree().path("targets");
            if (assessment.path("overall").isMissingNode() || results == null || results.size() != targets.size()
                    || results.stream().anyMatch(result -> result.verdict() == null)) {
                throw CheckFailure.unavailable(file.name() + ": no verdict for every target in the gateway's answer");
            }
            String location = response.headers().firstValue("Location").orElse(null);
            return new Report(file, assessment.path("app").asText(null), assessment.path("rulesetVersion").asLong(),
                    LocalDate.parse(assessment.path("asOf").asText()), Verdict.of(assessment.path("overall").asText()),
                    results, location);
        } catch (IOException | RuntimeException e) {
            if (e instanceof CheckFailure failure) {
                throw failure;
            }
            throw CheckFailure.unavailable(file.name() + ": the gateway's answer is not an assessment: " + e.getMessage());
        }
    }

    private static JsonNode problem(String body) {
        try {
            return body == null || body.isBlank() ? Json.JSON.createObjectNode() : Json.JSON.readTree(body);
        } catch (IOException e) {
            return Json.JSON.createObjectNode();
        }
    }
}
