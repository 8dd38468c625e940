package io.launchcheck.e2e;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/**
 * The fault suite: under a steady load of profiles whose verdicts are known, the rules-service, the registry and
 * the gateway itself are each killed (SIGKILL) and frozen (SIGSTOP), then brought back. Whatever happens, the
 * gateway never answers a verdict other than the known one (above all, never a false COMPLIANT), never a 5xx other
 * than 503, every 201 it answered can be read back unchanged (also after the gateway itself was killed), and it
 * answers 201 again within 5 s of the service being back. While the gateway itself is gone its clients get no
 * answer at all (connection refused, or a timeout while it is frozen): counted, and allowed only then.
 * {@code -Dlaunchcheck.fault.seconds} (default 4) sets how long each fault lasts: the long form is, for example,
 * {@code -Dlaunchcheck.fault.seconds=30}.
 * The figures are printed and written to {@code e2e-tests/target/fault-suite.md} (docs/reliability.md quotes them).
 */
@ExtendWith(E2eSystem.class)
class FaultSuiteIT {

    private static final Duration FAULT = Duration.ofSeconds(Long.getLong("launchcheck.fault.seconds", 4));
    private static final Duration OBSERVED_AFTER_RECOVERY = Duration.ofSeconds(6);
    private static final Duration RECOVERY_BOUND = Duration.ofSeconds(5);
    private static final int WORKERS = 2;
    private static final long PAUSE_BETWEEN_REQUESTS_MS = 25;

    /** A profile and the verdict the bundled rule pack gives it. */
    record Known(String profile, String overall) {
    }

    private static final List<Known> KNOWN = List.of(
            new Known(Profiles.deepSeekApi("2025-03-01", Profiles.target("IT", "\"CONSUMER\"", "")), "NON_COMPLIANT"),
            new Known(Profiles.app("ledger-helper", "Meta", "US", "SELF_HOSTED", "\"US\"", "2025-03-01",
                    Profiles.target("US", "\"ENTERPRISE\"", "\"FINANCE\"")), "COMPLIANT"),
            new Known(Profiles.app("travel-bot", "Mistral AI", "DE", "SELF_HOSTED", "\"DE\"", "2025-09-01",
                    Profiles.target("RU", "\"CONSUMER\"", "")), "NON_COMPLIANT"));

    /** One answer of the gateway under load. */
    record Answer(int known, int status, String overall, String id, String body, boolean stale, long startNanos,
            long endNanos, boolean gatewayDown) {
    }

    enum Fault {
        RULES_KILLED("rules-service killed (SIGKILL), restarted"),
        RULES_FROZEN("rules-service frozen (SIGSTOP), resumed (SIGCONT)"),
        REGISTRY_KILLED("registry killed (SIGKILL), restarted"),
        REGISTRY_FROZEN("registry frozen (SIGSTOP), resumed (SIGCONT)"),
        GATEWAY_KILLED("gateway killed (SIGKILL), restarted"),
        GATEWAY_FROZEN("gateway frozen (SIGSTOP), resumed (SIGCONT)");

        final String description;

        Fault(String description) {
            this.description = description;
        }
    }

    /** What one fault did: answers while it lasted and after, and how long until the gateway answered 201 again. */
    record Phase(Fault fault, long requests, long created, long unavailable, long stale, long unanswered,
            long otherStatuses, long wrongVerdicts, long falseCompliant, long recoveryMillis, long maxLatencyMillis) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final List<Answer> answers = Collections.synchronizedList(new ArrayList<>());
    /** Set while the gateway itself is killed or frozen, and until the phase ends. */
    private volatile boolean gatewayDown;

    @Test
    void neverGuessesNeverFailsOtherwiseAndRecoversWithinFiveSeconds() throws Exception {
        E2eSystem system = E2eSystem.get();
        for (Known known : KNOWN) {
            assertThat(LaunchStoriesIT.assessOk(known.profile()).getString("overall")).isEqualTo(known.overall());
        }

        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(WORKERS);
        for (int worker = 0; worker < WORKERS; worker++) {
            int offset = worker;
            load.submit(() -> {
                for (long i = offset; running.get(); i++) {
                    answers.add(assess((int) (i % KNOWN.size())));
                    pause(PAUSE_BETWEEN_REQUESTS_MS);
                }
            });
        }
        List<Phase> phases = new ArrayList<>();
        try {
            pause(1_000);
            for (Fault fault : Fault.values()) {
                phases.add(run(system, fault));
            }
        } finally {
            running.set(false);
            load.shutdown();
            load.awaitTermination(30, TimeUnit.SECONDS);
        }

        List<Answer> all = List.copyOf(answers);
        String report = report(phases, all);
        System.out.println(report);
        Path out = Path.of("target", "fault-suite.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);

        assertThat(all).filteredOn(a -> a.status() == 201 && !a.overall().equals(KNOWN.get(a.known()).overall()))
                .as("201s whose verdict differs from the known one").isEmpty();
        assertThat(all).filteredOn(a -> a.status() != 201 && a.status() != 503 && !(a.status() == -1 && a.gatewayDown()))
                .as("answers other than 201 and 503 (no answer at all only while the gateway itself was down)").isEmpty();
        for (Phase phase : phases) {
            assertThat(phase.recoveryMillis()).as("recovery after %s", phase.fault().description)
                    .isLessThanOrEqualTo(RECOVERY_BOUND.toMillis());
        }
        List<Answer> created = all.stream().filter(a -> a.status() == 201).toList();
        for (Answer answer : created) {
            HttpResponse<String> read = http.send(request("/api/v1/assessments/" + answer.id()).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).as("reading %s", answer.id()).isEqualTo(200);
            assertThat(read.body()).as("stored %s", answer.id()).isEqualTo(answer.body());
        }
    }

    private Phase run(E2eSystem system, Fault fault) throws Exception {
        ServiceProcess target = switch (fault) {
            case RULES_KILLED, RULES_FROZEN -> system.rules;
            case REGISTRY_KILLED, REGISTRY_FROZEN -> system.registry;
            case GATEWAY_KILLED, GATEWAY_FROZEN -> system.gateway;
        };
        boolean gateway = target == system.gateway;
        int from = answers.size();
        boolean frozen = fault == Fault.RULES_FROZEN || fault == Fault.REGISTRY_FROZEN || fault == Fault.GATEWAY_FROZEN;
        if (gateway) {
            gatewayDown = true;
        }
        if (frozen) {
            target.pause();
        } else {
            target.kill();
        }
        long restoredAt;
        try {
            pause(FAULT.toMillis());
        } finally {
            if (frozen) {
                target.resume();
            } else if (target == system.rules) {
                system.restartRules();
            } else if (gateway) {
                system.restartGateway();
            } else {
                system.restartRegistry();
            }
            restoredAt = System.nanoTime();
        }
        pause(OBSERVED_AFTER_RECOVERY.toMillis());
        gatewayDown = false;
        List<Answer> phase = List.copyOf(answers.subList(from, answers.size()));
        long lastFailureEnd = phase.stream().filter(a -> a.status() != 201 && a.endNanos() > restoredAt)
                .mapToLong(Answer::endNanos).max().orElse(restoredAt);
        long recovery = TimeUnit.NANOSECONDS.toMillis(lastFailureEnd - restoredAt);
        return new Phase(fault, phase.size(),
                phase.stream().filter(a -> a.status() == 201).count(),
                phase.stream().filter(a -> a.status() == 503).count(),
                phase.stream().filter(Answer::stale).count(),
                phase.stream().filter(a -> a.status() == -1).count(),
                phase.stream().filter(a -> a.status() != 201 && a.status() != 503 && a.status() != -1).count(),
                phase.stream().filter(a -> a.status() == 201 && !a.overall().equals(KNOWN.get(a.known()).overall())).count(),
                phase.stream().filter(a -> a.status() == 201 && a.overall().equals("COMPLIANT")
                        && !KNOWN.get(a.known()).overall().equals("COMPLIANT")).count(),
                recovery,
                phase.stream().mapToLong(a -> TimeUnit.NANOSECONDS.toMillis(a.endNanos() - a.startNanos())).max().orElse(0));
    }

    private Answer assess(int known) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(request("/api/v1/assessments")
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(KNOWN.get(known).profile())).build(),
                    HttpResponse.BodyHandlers.ofString());
            long end = System.nanoTime();
            if (response.statusCode() == 201) {
                JsonPath body = JsonPath.from(response.body());
                return new Answer(known, 201, body.getString("overall"), body.getString("id"), response.body(),
                        body.getBoolean("ruleset.stale"), start, end, gatewayDown);
            }
            return new Answer(known, response.statusCode(), null, null, response.body(), false, start, end, gatewayDown);
        } catch (IOException e) {
            return new Answer(known, -1, null, null, e.toString(), false, start, System.nanoTime(), gatewayDown);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Answer(known, -1, null, null, "interrupted", false, start, System.nanoTime(), gatewayDown);
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(E2eSystem.get().gateway.baseUrl() + path))
                .timeout(Duration.ofSeconds(15))
                .header("Authorization", "Bearer " + Tokens.productTeam());
    }

    private static String report(List<Phase> phases, List<Answer> all) {
        StringBuilder out = new StringBuilder();
        out.append("| Fault (").append(FAULT.toSeconds()).append(" s) | requests | 201 | 503 | 201 on a stale ruleset "
                + "| no answer | other statuses | wrong verdicts | false COMPLIANT "
                + "| recovery after the service is back (ms) | slowest answer (ms) |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Phase phase : phases) {
            out.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %d | %d | %d | %d | %d |%n",
                    phase.fault().description, phase.requests(), phase.created(), phase.unavailable(), phase.stale(),
                    phase.unanswered(), phase.otherStatuses(), phase.wrongVerdicts(), phase.falseCompliant(), phase.recoveryMillis(),
                    phase.maxLatencyMillis()));
        }
        long created = all.stream().filter(a -> a.status() == 201).count();
        out.append(String.format(Locale.ROOT, "%nIn all: %d requests, %d answered 201 (all read back unchanged), "
                + "%d answered 503, %d got no answer (the gateway itself down), %d answered otherwise.%n", all.size(),
                created, all.stream().filter(a -> a.status() == 503).count(),
                all.stream().filter(a -> a.status() == -1).count(),
                all.stream().filter(a -> a.status() != 201 && a.status() != 503 && a.status() != -1).count()));
        return out.toString();
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
