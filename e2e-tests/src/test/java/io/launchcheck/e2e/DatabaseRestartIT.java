package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * The database under load, stopped the hard way: a gateway and a registry of the test's own run on a PostgreSQL
 * cluster of the test's own, while two clients submit profiles with known verdicts to the gateway and four
 * compliance officers edit one rule concurrently with If-Match, round after round. Midway the cluster is stopped
 * in immediate mode (every server process quits at once, as in a crash) and started again, recovering from its
 * WAL. Asserted: the gateway answers only 201 or 503 and no 201 carries another verdict; each 201 can be read back
 * unchanged afterwards; the officers get only 200, 412 or 503, at most one 200 per round, and the rule's final
 * version is exactly the number of edits answered 200 (no update lost, none made twice), each in the history;
 * and both services answer normally again within 10 s of the database being back. Figures are printed and
 * written to {@code target/database-restart.md} (docs/reliability.md quotes them).
 */
@ExtendWith(E2eSystem.class)
class DatabaseRestartIT {

    private static final Duration DOWN = Duration.ofSeconds(4);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(10);
    private static final int EDITORS = 4;
    private static final String RULE = "it-garante-deepseek-processing-block";
    private static final String PROFILE = Profiles.deepSeekApi("2025-03-01", Profiles.target("IT", "\"CONSUMER\"", ""));

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    record Answer(int status, String overall, String id, String body, long endNanos) {
    }

    record Round(int round, List<Integer> statuses, long endNanos) {
    }

    @Test
    void immediateStopUnderLoadLosesNothingAndRecovers() throws Exception {
        E2eSystem system = E2eSystem.get();
        try (PrivatePostgres postgres = PrivatePostgres.start("pg-restart")) {
            postgres.createDatabase("registry");
            postgres.createDatabase("gateway");
            ServiceProcess registry = system.registry.copy("registry-restart", E2eSystem.freePort(),
                    Map.of("quarkus.datasource.jdbc.url", postgres.jdbcUrl("registry"),
                            "quarkus.datasource.username", "launchcheck", "quarkus.datasource.password", ""));
            ServiceProcess gateway = system.gateway.copy("gateway-restart", E2eSystem.freePort(),
                    Map.of("quarkus.datasource.jdbc.url", postgres.jdbcUrl("gateway"),
                            "quarkus.datasource.username", "launchcheck", "quarkus.datasource.password", ""));
            try {
                registry.start();
                gateway.start();
                registry.awaitReady(Duration.ofSeconds(90));
                gateway.awaitReady(Duration.ofSeconds(90));
                run(postgres, registry, gateway);
            } finally {
                gateway.stop();
                registry.stop();
            }
        }
    }

    private void run(PrivatePostgres postgres, ServiceProcess registry, ServiceProcess gateway) throws Exception {
        String team = Tokens.productTeam("restart-team");
        Answer first = assess(gateway, team);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        String known = first.overall();
        assertThat(known).isEqualTo("NON_COMPLIANT");
        long versionBefore = ruleVersion(registry);

        List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
        List<Round> rounds = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(2 + 1);
        for (int worker = 0; worker < 2; worker++) {
            load.submit(() -> {
                while (running.get()) {
                    answers.add(assess(gateway, team));
                    pause(25);
                }
            });
        }
        ExecutorService editors = Executors.newFixedThreadPool(EDITORS);
        load.submit(() -> {
            for (int round = 1; running.get(); round++) {
                rounds.add(editRound(registry, editors, round));
                pause(50);
            }
        });

        long stoppedAt;
        long restartedAt;
        try {
            pause(3_000);
            stoppedAt = System.nanoTime();
            postgres.stopImmediately();
            pause(DOWN.toMillis());
            postgres.startServer();
            restartedAt = System.nanoTime();
            pause(RECOVERY_BOUND.toMillis() + 2_000);
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(60, TimeUnit.SECONDS);
            editors.shutdown();
            editors.awaitTermination(30, TimeUnit.SECONDS);
        }

        List<Answer> all = List.copyOf(answers);
        List<Round> edits = List.copyOf(rounds);
        long gatewayRecovery = recovery(all.stream().filter(a -> a.status() != 201).mapToLong(Answer::endNanos),
                restartedAt);
        long created = all.stream().filter(a -> a.status() == 201).count();
        long wins = edits.stream().mapToLong(r -> r.statuses().stream().filter(s -> s == 200).count()).sum();
        Map<Integer, Integer> gatewayStatuses = new TreeMap<>();
        all.forEach(a -> gatewayStatuses.merge(a.status(), 1, Integer::sum));
        Map<Integer, Integer> editStatuses = new TreeMap<>();
        edits.forEach(r -> r.statuses().forEach(s -> editStatuses.merge(s, 1, Integer::sum)));
        String report = String.format(Locale.ROOT, """
                | Database stopped (immediate mode, %d s) | requests | statuses | answering normally again after the database was back (ms) |
                |---|---|---|---|
                | gateway: assessments (2 clients) | %d | %s | %d |
                | registry: concurrent If-Match edits (%d officers, %d rounds) | %d | %s | %d |

                %d assessments answered 201 (all read back unchanged, none with another verdict); %d edits answered \
                200, at most one per round; the rule went from version %d to %d.
                """, DOWN.toSeconds(), all.size(), gatewayStatuses, gatewayRecovery, EDITORS, edits.size(),
                edits.stream().mapToInt(r -> r.statuses().size()).sum(), editStatuses,
                recovery(edits.stream().filter(r -> r.statuses().stream().noneMatch(s -> s == 200))
                        .mapToLong(Round::endNanos), restartedAt),
                created, wins, versionBefore, ruleVersion(registry));
        System.out.println(report);
        Path out = Path.of("target", "database-restart.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println("stopped at +0 ms, started again at +"
                + TimeUnit.NANOSECONDS.toMillis(restartedAt - stoppedAt) + " ms");

        assertThat(all).filteredOn(a -> a.status() != 201 && a.status() != 503)
                .as("gateway answers other than 201 and 503").isEmpty();
        assertThat(all).filteredOn(a -> a.status() == 201 && !a.overall().equals(known))
                .as("201s with another verdict").isEmpty();
        assertThat(all).filteredOn(a -> a.status() == 503).as("503s while the database was down").isNotEmpty();
        assertThat(gatewayRecovery).as("gateway recovery (ms)").isLessThanOrEqualTo(RECOVERY_BOUND.toMillis());
        for (Answer answer : all.stream().filter(a -> a.status() == 201).toList()) {
            HttpResponse<String> read = http.send(request(gateway, "/api/v1/assessments/" + answer.id(), team)
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).as("reading %s", answer.id()).isEqualTo(200);
            assertThat(read.body()).as("stored %s", answer.id()).isEqualTo(answer.body());
        }

        long registryRecovery = recovery(edits.stream().filter(r -> r.statuses().stream().noneMatch(s -> s == 200))
                .mapToLong(Round::endNanos), restartedAt);
        assertThat(registryRecovery).as("registry recovery (ms)").isLessThanOrEqualTo(RECOVERY_BOUND.toMillis());
        assertThat(edits).allSatisfy(r -> assertThat(r.statuses()).as("round %d", r.round())
                .allMatch(s -> s == 200 || s == 412 || s == 503));
        assertThat(edits).allSatisfy(r -> assertThat(r.statuses().stream().filter(s -> s == 200).count())
                .as("winners in round %d", r.round()).isLessThanOrEqualTo(1));
        assertThat(edits.subList(edits.size() - 3, edits.size())).as("the last rounds, with the database back")
                .allSatisfy(r -> assertThat(r.statuses()).contains(200));
        assertThat(ruleVersion(registry) - versionBefore).as("rule versions made: one per edit answered 200")
                .isEqualTo(wins);
        long updates = given().baseUri(registry.baseUrl()).auth().oauth2(Tokens.officer("restart-auditor"))
                .get("/api/v1/rules/" + RULE + "/history").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.action == 'UPDATED' }").size();
        assertThat(updates).as("UPDATE entries in the rule's history").isEqualTo(wins);
    }

    /** Every editor reads the rule's ETag, then all send their edit at once with it. */
    private Round editRound(ServiceProcess registry, ExecutorService editors, int round) {
        List<Integer> statuses = new ArrayList<>();
        try {
            HttpResponse<String> current = http.send(request(registry, "/api/v1/rules/" + RULE,
                    Tokens.officer("restart-reader")).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (current.statusCode() != 200) {
                statuses.add(current.statusCode() == 503 ? 503 : -current.statusCode());
                return new Round(round, statuses, System.nanoTime());
            }
            String etag = current.headers().firstValue("ETag").orElseThrow();
            String body = Rules.editable(current.body());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> sent = new ArrayList<>();
            for (int editor = 0; editor < EDITORS; editor++) {
                String change = body.replaceFirst("\"remediation\"\\s*:\\s*\"", "\"remediation\": \"round " + round
                        + " editor " + editor + ": ");
                String token = Tokens.officer("restart-officer-" + editor);
                sent.add(editors.submit(() -> {
                    go.await();
                    return http.send(request(registry, "/api/v1/rules/" + RULE, token).header("If-Match", etag)
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(change)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            go.countDown();
            for (Future<Integer> status : sent) {
                statuses.add(status.get(30, TimeUnit.SECONDS));
            }
        } catch (Exception e) {
            statuses.add(-1);
        }
        return new Round(round, statuses, System.nanoTime());
    }

    private Answer assess(ServiceProcess gateway, String token) {
        try {
            HttpResponse<String> response = http.send(request(gateway, "/api/v1/assessments", token)
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(PROFILE))
                    .build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 201) {
                JsonPath body = JsonPath.from(response.body());
                return new Answer(201, body.getString("overall"), body.getString("id"), response.body(), System.nanoTime());
            }
            return new Answer(response.statusCode(), null, null, response.body(), System.nanoTime());
        } catch (IOException e) {
            return new Answer(-1, null, null, e.toString(), System.nanoTime());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(-1, null, null, "interrupted", System.nanoTime());
        }
    }

    private long ruleVersion(ServiceProcess registry) {
        return given().baseUri(registry.baseUrl()).auth().oauth2(Tokens.officer("restart-reader"))
                .get("/api/v1/rules/" + RULE).then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static HttpRequest.Builder request(ServiceProcess service, String path, String token) {
        return HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
    }

    /** Milliseconds from the database being back to the end of the last failed answer (0 if none came after). */
    private static long recovery(java.util.stream.LongStream failureEnds, long restartedAt) {
        long last = failureEnds.filter(end -> end > restartedAt).max().orElse(restartedAt);
        return TimeUnit.NANOSECONDS.toMillis(last - restartedAt);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
