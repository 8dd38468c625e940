package io.launchcheck.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.HdrHistogram.Histogram;

/**
 * Time from a committed rule change to the first verdict that reflects it. One benchmark rule
 * ({@value #RULE_ID}, for one app in a jurisdiction no other rule of that app reaches) is switched between
 * BLOCKING and WARNING; after each change's answer from the registry, the profile of that app is judged again
 * and again until the overall verdict is NON_COMPLIANT or NEEDS_REVIEW as the change says. The rule is
 * deleted at the end.
 */
final class Propagation {

    static final String RULE_ID = "bench-propagation";
    private static final String APP = "bench-propagation-app";

    private final HttpClient client;
    private final URI registry;
    private final URI evaluate;
    private final boolean viaGateway;
    private final String registryToken;
    private final String token;
    private final String jurisdiction;

    Propagation(HttpClient client, URI registry, URI evaluate, boolean viaGateway, String registryToken, String token) {
        this.client = client;
        this.registry = registry;
        this.evaluate = evaluate;
        this.viaGateway = viaGateway;
        this.registryToken = registryToken;
        this.token = token;
        this.jurisdiction = System.getenv().getOrDefault("LAUNCHCHECK_BENCH_JURISDICTION", "IS");
    }

    void run(int changes) throws IOException, InterruptedException {
        Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(120), 3);
        HttpResponse<String> created = send(write("POST", registry.resolve("/api/v1/rules"), rule("WARNING")));
        if (created.statusCode() != 201 && created.statusCode() != 409) {
            throw new IllegalStateException("creating the benchmark rule: " + created.statusCode() + " " + created.body());
        }
        long polls = 0;
        try {
            for (int i = 0; i < changes; i++) {
                String severity = i % 2 == 0 ? "BLOCKING" : "WARNING";
                String expected = i % 2 == 0 ? "NON_COMPLIANT" : "NEEDS_REVIEW";
                HttpResponse<String> changed = send(write("PUT", registry.resolve("/api/v1/rules/" + RULE_ID), rule(severity)));
                long committed = System.nanoTime();
                if (changed.statusCode() != 200) {
                    throw new IllegalStateException("change " + i + ": " + changed.statusCode() + " " + changed.body());
                }
                while (true) {
                    HttpResponse<String> verdict = send(evaluation());
                    polls++;
                    if (verdict.statusCode() / 100 != 2) {
                        throw new IllegalStateException("evaluation: " + verdict.statusCode() + " " + verdict.body());
                    }
                    if (verdict.body().contains("\"overall\":\"" + expected + "\"")) {
                        latency.recordValue((System.nanoTime() - committed) / 1000);
                        break;
                    }
                    if (System.nanoTime() - committed > TimeUnit.SECONDS.toNanos(60)) {
                        throw new IllegalStateException("change " + i + " not reflected after 60 s: " + verdict.body());
                    }
                    Thread.sleep(2);
                }
                Thread.sleep(50 + (i * 37) % 150);
            }
        } finally {
            HttpRequest.Builder delete = HttpRequest.newBuilder(registry.resolve("/api/v1/rules/" + RULE_ID))
                    .header("If-Match", "*").header("X-Actor", "benchmark").DELETE();
            authorize(delete, registryToken);
            send(delete.build());
        }
        System.out.printf(java.util.Locale.ROOT,
                "| changes | polls | p50 ms | p99 ms | max ms | mean ms |%n|---:|---:|---:|---:|---:|---:|%n"
                        + "| %d | %d | %.1f | %.1f | %.1f | %.1f |%n",
                latency.getTotalCount(), polls, latency.getValueAtPercentile(50) / 1000.0,
                latency.getValueAtPercentile(99) / 1000.0, latency.getMaxValue() / 1000.0, latency.getMean() / 1000.0);
    }

    private String rule(String severity) {
        return """
                {"id": "%s", "jurisdiction": "%s", "kind": "NATIONWIDE_BAN", "title": "Benchmark rule for propagation",
                 "subject": {"vendors": [], "apps": ["%s"], "originCountries": []},
                 "segments": [], "sectors": [], "hostingModes": [], "personalDataOnly": false,
                 "severity": "%s", "status": "IN_FORCE", "effectiveFrom": "2020-01-01",
                 "legalBasis": "None: a benchmark rule, deleted when the benchmark ends", "authority": "Benchmark",
                 "sourceUrl": "https://example.org/launchcheck-benchmark", "remediation": "None"}
                """.formatted(RULE_ID, jurisdiction, APP, severity);
    }

    private HttpRequest write(String method, URI uri, String body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("X-Actor", "benchmark")
                .header("X-Change-Reason", "propagation benchmark")
                .method(method, HttpRequest.BodyPublishers.ofString(body));
        if (method.equals("PUT")) {
            builder.header("If-Match", "*");
        }
        authorize(builder, registryToken);
        return builder.build();
    }

    private HttpRequest evaluation() {
        String profile = """
                {"app": {"name": "%s", "vendor": "Benchmark Vendor"}, "hosting": {"mode": "VENDOR_API", "dataCountries": ["%s"]},
                 "processesPersonalData": true, "targets": [{"jurisdiction": "%s", "segments": ["CONSUMER"]}]}
                """.formatted(APP, jurisdiction, jurisdiction);
        String body = viaGateway ? profile : "{\"profile\": " + profile + "}";
        HttpRequest.Builder builder = HttpRequest.newBuilder(evaluate).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        authorize(builder, token);
        return builder.build();
    }

    private static void authorize(HttpRequest.Builder builder, String token) {
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
    }

    private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
