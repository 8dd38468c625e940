package io.launchcheck.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Load generator for LaunchCheck (docs/benchmarks.md). Three commands:
 *
 * <pre>
 * open        --url U [--body FILE] --rates 50,100 [--warmup 10] [--duration 30] [--name N]
 *             constant request rate (open model); latency is measured from the moment a request was due,
 *             so a stalled server is not hidden by a stalled client (no coordinated omission)
 * closed      --url U [--body FILE] [--concurrency 16] [--warmup 10] [--duration 30] [--name N]
 *             as many requests as C callers that each wait for their answer can send (maximum throughput)
 * propagation --registry U --evaluate U [--changes 100] [--via rules|gateway]
 *             time from a committed rule change (the registry's answer) to the first verdict that shows it
 * </pre>
 *
 * A body makes the request a POST of that JSON file, else a GET. {@code --token T} (or the environment
 * variable {@code LAUNCHCHECK_TOKEN}) adds {@code Authorization: Bearer T}; {@code --registry-token} is the
 * token for registry writes (default: {@code LAUNCHCHECK_REGISTRY_TOKEN}, then the token). Every answer
 * other than {@code --expect} (default 201 for POST, 200 for GET) counts as an error.
 */
public final class LoadTool {

    private LoadTool() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: LoadTool open|closed|propagation --option value ... (see the class comment)");
            System.exit(2);
        }
        Map<String, String> options = options(args);
        String token = options.getOrDefault("token", System.getenv("LAUNCHCHECK_TOKEN"));
        HttpClient client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        switch (args[0]) {
            case "open", "closed" -> {
                Target target = target(options, token);
                int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
                int duration = Integer.parseInt(options.getOrDefault("duration", "30"));
                String name = options.getOrDefault("name", target.method() + " " + target.uri().getPath());
                List<Result> results = new ArrayList<>();
                if (args[0].equals("open")) {
                    for (String rate : options.getOrDefault("rates", "100").split(",")) {
                        int perSecond = Integer.parseInt(rate.strip());
                        OpenModel.run(client, target, perSecond, warmup, true);
                        results.add(OpenModel.run(client, target, perSecond, duration, false).named(name));
                    }
                } else {
                    int concurrency = Integer.parseInt(options.getOrDefault("concurrency", "16"));
                    ClosedModel.run(client, target, concurrency, warmup);
                    results.add(ClosedModel.run(client, target, concurrency, duration).named(name));
                }
                System.out.println(Result.HEADER);
                results.forEach(result -> System.out.println(result.row()));
                if (results.stream().anyMatch(result -> result.errors() > 0)) {
                    System.exit(1);
                }
            }
            case "propagation" -> {
                String registryToken = options.getOrDefault("registry-token",
                        System.getenv().getOrDefault("LAUNCHCHECK_REGISTRY_TOKEN", token));
                Propagation propagation = new Propagation(client, URI.create(options.get("registry")),
                        URI.create(options.get("evaluate")), options.getOrDefault("via", "rules").equals("gateway"),
                        registryToken, token);
                propagation.run(Integer.parseInt(options.getOrDefault("changes", "100")));
            }
            default -> {
                System.err.println("unknown command " + args[0]);
                System.exit(2);
            }
        }
    }

    private static Target target(Map<String, String> options, String token) throws Exception {
        URI uri = URI.create(required(options, "url"));
        String body = options.containsKey("body") ? Files.readString(Path.of(options.get("body"))) : null;
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        if (token != null && !token.isBlank()) {
            builder.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            builder.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        } else {
            builder.GET();
        }
        int expect = Integer.parseInt(options.getOrDefault("expect", body != null ? "201" : "200"));
        return new Target(builder.build(), uri, body != null ? "POST" : "GET", expect);
    }

    static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value at " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    /** One request, sent again and again. */
    record Target(HttpRequest request, URI uri, String method, int expect) {
    }
}
