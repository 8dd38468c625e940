package io.launchcheck.rules.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.launchcheck.api.Rule;
import io.launchcheck.api.Ruleset;
import io.launchcheck.api.RulesetUpdate;
import io.launchcheck.testing.DevTokens;

/**
 * A real HTTP server that answers the registry's ruleset API ({@code /api/v1/ruleset},
 * {@code ?version=N}, {@code /version}, {@code /changes} when asked to) from rulesets the test publishes. It can go away and come back on
 * the same port.
 */
public final class RegistryServer {

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final Map<Long, Ruleset> versions = new ConcurrentHashMap<>();
    private volatile Ruleset current;
    private volatile int port;
    private volatile String lastTokenClaims;
    private volatile boolean longPoll;
    private volatile boolean changes;
    private final AtomicInteger changesAnswers = new AtomicInteger();
    private final AtomicInteger changesPushed = new AtomicInteger();
    private volatile boolean changesWait = true;
    private final AtomicInteger versionPolls = new AtomicInteger();
    private final AtomicInteger withoutJurisdictions = new AtomicInteger();
    private final ExecutorService executor = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-registry");
        thread.setDaemon(true);
        return thread;
    });
    private HttpServer server;

    public RegistryServer(Ruleset initial) {
        publish(initial);
    }

    public synchronized void publish(Ruleset ruleset) {
        versions.put(ruleset.version(), ruleset);
        current = ruleset;
        notifyAll();
    }

    /**
     * Whether {@code GET /version?after=N&wait=S} waits for a change like the registry (on), or answers at once like
     * a registry without the long poll (off, the default).
     */
    public void longPoll(boolean on) {
        longPoll = on;
    }

    /**
     * Whether {@code GET /changes?since=N&heldJurisdictions=D} answers the rules changed since N like the registry
     * (on), or 404 like a registry without it (off, the default). With {@code &wait=S} it is a long poll when
     * {@link #longPoll} is on.
     */
    public void changes(boolean on) {
        changes = on;
    }

    /**
     * Whether {@code GET /changes} honours {@code wait} (on, the default) or answers at once like a registry whose
     * {@code /changes} has no long poll yet (off).
     */
    public void changesWait(boolean on) {
        changesWait = on;
    }

    /** Changes to a newer version answered as changed rules (not as the whole ruleset) since the start. */
    public int changesAnswers() {
        return changesAnswers.get();
    }

    /** Of those, the ones that answered a long poll (the change pushed with its answer). */
    public int changesPushed() {
        return changesPushed.get();
    }

    /** Version requests without a wait (polls) since the start. */
    public int versionPolls() {
        return versionPolls.get();
    }

    /**
     * Current rulesets sent without their jurisdictions, because the caller named their digest
     * ({@code heldJurisdictions}, like the registry).
     */
    public int answersWithoutJurisdictions() {
        return withoutJurisdictions.get();
    }

    public Ruleset current() {
        return current;
    }

    public synchronized void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/api/v1/ruleset", this::handle);
        server.setExecutor(executor);
        server.start();
        port = server.getAddress().getPort();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** The claims of the last bearer token the service sent, as JSON. */
    public String lastTokenClaims() {
        return lastTokenClaims;
    }

    /**
     * Like the registry: 401 without a token signed by the development key, 403 unless it carries the
     * ruleset-reader role.
     */
    private boolean authorized(HttpExchange exchange) throws IOException {
        Optional<String> claims = DevTokens.verifiedClaims(exchange.getRequestHeaders().getFirst("Authorization"));
        if (claims.isEmpty()) {
            send(exchange, 401, "application/problem+json", "{\"status\":401}".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        lastTokenClaims = claims.get();
        if (!json.readTree(claims.get()).path("groups").toString().contains("\"ruleset-reader\"")) {
            send(exchange, 403, "application/problem+json", "{\"status\":403}".getBytes(StandardCharsets.UTF_8));
            return false;
        }
        return true;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!authorized(exchange)) {
                return;
            }
            String path = exchange.getRequestURI().getPath();
            String query = exchange.getRequestURI().getQuery();
            Ruleset now = current;
            if (path.endsWith("/changes")) {
                if (!changes) {
                    send(exchange, 404, "application/problem+json",
                            "{\"title\":\"Not found\",\"status\":404}".getBytes(StandardCharsets.UTF_8));
                } else {
                    long[] wait = changesWait ? longPollOf(query, "since=") : null;
                    if (wait != null) {
                        now = awaitChange(wait[0], wait[1]);
                    }
                    int before = changesAnswers.get();
                    byte[] answer = json.writeValueAsBytes(changesOf(query, now));
                    if (wait != null && changesAnswers.get() > before) {
                        changesPushed.incrementAndGet();
                    }
                    send(exchange, 200, "application/json", answer);
                }
            } else if (path.endsWith("/version")) {
                long[] wait = longPollOf(query, "after=");
                if (wait == null) {
                    versionPolls.incrementAndGet();
                } else {
                    now = awaitChange(wait[0], wait[1]);
                }
                send(exchange, 200, "application/json",
                        json.writeValueAsBytes(Map.of("version", now.version(), "changedAt", now.changedAt().toString())));
            } else if (query != null && query.startsWith("version=")) {
                Ruleset pinned = versions.get(Long.parseLong(query.substring("version=".length())));
                if (pinned == null) {
                    send(exchange, 404, "application/problem+json",
                            "{\"title\":\"Not found\",\"status\":404}".getBytes(StandardCharsets.UTF_8));
                } else {
                    send(exchange, 200, "application/json", json.writeValueAsBytes(pinned));
                }
            } else {
                String etag = "\"" + now.version() + "\"";
                exchange.getResponseHeaders().add("ETag", etag);
                String held = query != null && query.startsWith("heldJurisdictions=")
                        ? query.substring("heldJurisdictions=".length()) : null;
                if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                    exchange.sendResponseHeaders(304, -1);
                } else if (held != null && held.equals(now.jurisdictionsDigest())) {
                    withoutJurisdictions.incrementAndGet();
                    send(exchange, 200, "application/json", json.writeValueAsBytes(now.withJurisdictions(null)));
                } else {
                    send(exchange, 200, "application/json", json.writeValueAsBytes(now));
                }
            }
        }
    }

    /** Like the registry: the rules changed since the held version when only rules changed, else the whole ruleset. */
    private RulesetUpdate changesOf(String query, Ruleset now) {
        long since = 0;
        String held = null;
        for (String parameter : query == null ? new String[0] : query.split("&")) {
            if (parameter.startsWith("since=")) {
                since = Long.parseLong(parameter.substring("since=".length()));
            } else if (parameter.startsWith("heldJurisdictions=")) {
                held = parameter.substring("heldJurisdictions=".length());
            }
        }
        Ruleset before = versions.get(since);
        if (before == null || held == null || !held.equals(now.jurisdictionsDigest())
                || !before.vendors().equals(now.vendors()) || !Objects.equals(before.models(), now.models())) {
            return RulesetUpdate.whole(since, held != null && held.equals(now.jurisdictionsDigest())
                    ? now.withJurisdictions(null) : now);
        }
        Map<String, Rule> was = new HashMap<>();
        before.rules().forEach(rule -> was.put(rule.id(), rule));
        List<Rule> changed = new ArrayList<>();
        for (Rule rule : now.rules()) {
            if (!rule.equals(was.remove(rule.id()))) {
                changed.add(rule);
            }
        }
        if (since != now.version()) {
            changesAnswers.incrementAndGet();
        }
        return RulesetUpdate.changes(since, now.version(), now.changedAt(), now.pack(), changed,
                new ArrayList<>(was.keySet()));
    }

    /**
     * {held version (the parameter {@code held}), wait seconds} of a long poll the fake honours, or null for a plain
     * poll.
     */
    private long[] longPollOf(String query, String held) {
        if (!longPoll || query == null) {
            return null;
        }
        Long after = null;
        Long wait = null;
        for (String parameter : query.split("&")) {
            if (parameter.startsWith(held)) {
                after = Long.parseLong(parameter.substring(held.length()));
            } else if (parameter.startsWith("wait=")) {
                wait = Long.parseLong(parameter.substring("wait=".length()));
            }
        }
        return after == null || wait == null ? null : new long[] {after, wait};
    }

    private synchronized Ruleset awaitChange(long after, long waitSeconds) {
        long deadline = System.currentTimeMillis() + waitSeconds * 1000;
        try {
            while (current.version() == after && System.currentTimeMillis() < deadline) {
                wait(Math.max(1, deadline - System.currentTimeMillis()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return current;
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
