package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Requests generated from the served OpenAPI documents, valid and invalid, against the three packaged services:
 * no 5xx, no answer outside the documented schema, no invalid input accepted, and nothing written by an invalid
 * request. {@code -Dlaunchcheck.fuzz.requests} (per service, default 1000) and {@code -Dlaunchcheck.fuzz.seed}
 * change the run; the seed is printed so a failing run can be repeated.
 */
@ExtendWith(E2eSystem.class)
class FuzzIT {

    private static final int REQUESTS = Integer.getInteger("launchcheck.fuzz.requests", 1000);
    private static final long SEED = Long.getLong("launchcheck.fuzz.seed", 20261201L);
    private static final String TEAM = "fuzz-team";
    private static final int SHOWN = 20;
    /** quarkus.http.limits.max-body-size of the gateway (256K; the registry and the rules-service take more). */
    private static final int MAX_BODY = 256 * 1024;
    /** The gateway operations whose 201 stores an assessment (a share link's 201 stores nothing). */
    private static final Set<String> STORES_AN_ASSESSMENT = Set.of(
            "/api/v1/assessments", "/api/v1/assessments/{id}/reevaluate");

    private record Outcome(FuzzRequests.Request request, int status, String answer, String failure) {
    }

    @Test
    void generatedRequestsGetNo5xxNoUndocumentedAnswerAndInvalidOnesChangeNothing() {
        E2eSystem system = E2eSystem.get();
        System.out.println("FuzzIT: seed " + SEED + ", " + REQUESTS + " requests per service");
        String gatewayToken = Tokens.productTeam(TEAM);
        long rulesetBefore = rulesetVersion(system);
        long assessmentsBefore = assessments(system, gatewayToken);
        Random random = new Random(SEED);
        List<String> assessmentIds = new ArrayList<>();
        List<Outcome> outcomes = new ArrayList<>();
        int storedByValidRequests = 0;
        long started = System.nanoTime();

        Object[][] services = {
                {system.gateway, gatewayToken, false},
                {system.registry, Tokens.officer("fuzz-officer"), true},
                {system.rules, Tokens.mint("evaluator", "", "fuzz-evaluator"), false}};
        for (Object[] service : services) {
            ServiceProcess process = (ServiceProcess) service[0];
            String document = given().baseUri(process.baseUrl()).accept("application/json")
                    .get("/q/openapi?format=json").then().statusCode(200).extract().asString();
            FuzzRequests generator = new FuzzRequests(process.name(), document, random, (String) service[1],
                    (Boolean) service[2], assessmentIds);
            List<String[]> operations = generator.operations();
            assertThat(operations).as(process.name() + "'s documented operations").isNotEmpty();
            for (int i = 0; i < REQUESTS; i++) {
                String[] operation = operations.get(i % operations.size());
                FuzzRequests.Request request = generator.next(operation[0], operation[1]);
                Outcome outcome = send(process.baseUrl(), request);
                outcomes.add(outcome);
                if (process == system.gateway && outcome.status() == 201
                        && STORES_AN_ASSESSMENT.contains(operation[1])) {
                    extractId(outcome.answer(), assessmentIds);
                    if (request.expect() != FuzzRequests.Expect.INVALID) {
                        storedByValidRequests++;
                    }
                }
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000L;
        long rulesetAfter = rulesetVersion(system);
        long assessmentsAfter = assessments(system, gatewayToken);
        System.out.println(summary(outcomes, seconds));

        List<Outcome> failures = outcomes.stream().filter(o -> o.failure() != null).toList();
        assertThat(failures).as(() -> failures.size() + " offending requests; the first " + SHOWN + ":\n"
                + String.join("\n", failures.stream().limit(SHOWN).map(FuzzIT::describe).toList())).isEmpty();
        assertThat(rulesetAfter).as("the registry's ruleset version after the run").isEqualTo(rulesetBefore);
        assertThat(assessmentsAfter - assessmentsBefore)
                .as("assessments stored for " + TEAM + ": only the valid requests' 201s may store one")
                .isEqualTo(storedByValidRequests);
    }

    private static Outcome send(String baseUrl, FuzzRequests.Request request) {
        RequestSpecification spec = given().baseUri(baseUrl).urlEncodingEnabled(false).accept("application/json");
        if (request.token() != null) {
            spec.auth().oauth2(request.token());
        }
        if (request.body() != null) {
            spec.contentType(request.contentType() + "; charset=UTF-8").body(request.body().getBytes(StandardCharsets.UTF_8));
        } else if (request.contentType() != null) {
            spec.contentType(request.contentType());
        }
        Response response;
        try {
            response = spec.request(request.method().toUpperCase(), request.path());
        } catch (AssertionError outsideTheSchema) {
            // ContractCheck: the answer is not what the served document describes
            return new Outcome(request, -1, "", outsideTheSchema.getMessage());
        } catch (Exception closed) {
            // a body over the limit is answered 413 and the connection closed before it is all sent
            boolean oversize = request.body() != null && request.body().length() > MAX_BODY;
            return new Outcome(request, 0, closed.toString(), oversize ? null : "no answer: " + closed);
        }
        int status = response.statusCode();
        String answer = response.asString();
        String failure = null;
        if (status >= 500) {
            failure = "answered " + status;
        } else if (request.expect() == FuzzRequests.Expect.INVALID && (status < 400 || status >= 500)) {
            failure = "invalid input accepted with " + status;
        }
        return new Outcome(request, status, answer, failure);
    }

    private static void extractId(String answer, List<String> ids) {
        java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(answer);
        if (id.find() && ids.size() < 50) {
            ids.add(id.group(1));
        }
    }

    private static long rulesetVersion(E2eSystem system) {
        return given().baseUri(system.registry.baseUrl()).auth().oauth2(Tokens.officer("fuzz-officer"))
                .get("/api/v1/ruleset/version").then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static long assessments(E2eSystem system, String token) {
        return given().baseUri(system.gateway.baseUrl()).auth().oauth2(token).queryParam("size", 1)
                .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    private static String summary(List<Outcome> outcomes, long seconds) {
        StringBuilder table = new StringBuilder("FuzzIT: " + outcomes.size() + " requests in " + seconds + " s (seed "
                + SEED + ")\n");
        table.append(String.format("%-18s %8s %8s  %s%n", "service", "requests", "failures", "statuses"));
        Map<String, List<Outcome>> byService = new TreeMap<>();
        outcomes.forEach(o -> byService.computeIfAbsent(o.request().service(), k -> new ArrayList<>()).add(o));
        byService.forEach((service, list) -> {
            Map<Integer, Integer> statuses = new TreeMap<>();
            list.forEach(o -> statuses.merge(o.status(), 1, Integer::sum));
            table.append(String.format("%-18s %8d %8d  %s%n", service, list.size(),
                    list.stream().filter(o -> o.failure() != null).count(), statuses));
        });
        table.append("(status -1: the answer is outside the documented schema; 0: the connection closed while an oversize body was sent)");
        Map<String, Integer> kinds = new TreeMap<>();
        outcomes.stream().filter(o -> o.failure() != null).forEach(o -> kinds.merge(kind(o), 1, Integer::sum));
        kinds.forEach((kind, count) -> table.append(String.format("%n%5d x %s", count, kind)));
        return table.toString();
    }

    /** A failure without its particulars: which operation, which answer, which rule broken. */
    private static String kind(Outcome outcome) {
        String failure = outcome.failure().strip();
        String[] lines = failure.split("\n");
        String first = lines[0].startsWith("The answer does not match") && lines.length > 1 ? lines[1].strip() : lines[0];
        first = first.replaceAll("\\$\\.[^:]*:", "\\$…:").replaceAll("\"[^\"]*\"", "…");
        String path = outcome.request().path().replaceAll("\\?.*", "").replaceAll("^(/api/v1/[^/]+/)[^/]+", "$1{id}");
        return outcome.request().service() + " " + outcome.request().method() + " "
                + (first.contains("{") || first.contains("/api") ? "" : path + " ") + FuzzRequests.abridged(first, 200)
                + " [" + outcome.request().why().replaceAll("\\.?\\[\\d+]", "[]") + "]";
    }

    private static String describe(Outcome outcome) {
        return "  " + outcome.failure() + ": " + outcome.request().describe() + "\n    answer "
                + FuzzRequests.abridged(outcome.answer(), 400);
    }
}
