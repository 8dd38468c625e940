package io.launchcheck.gateway.support;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.Request;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.launchcheck.api.Advice;
import io.launchcheck.api.Evaluation;
import io.launchcheck.api.RulesetPack;
import io.launchcheck.api.Finding;
import io.launchcheck.api.JurisdictionResult;
import io.launchcheck.api.RuleKind;
import io.launchcheck.api.RuleStatus;
import io.launchcheck.api.Severity;
import io.launchcheck.api.UncheckedRule;
import io.launchcheck.api.UpcomingRule;
import io.launchcheck.api.Verdict;
import io.launchcheck.api.compact.CompactEvaluations;
import io.launchcheck.api.compact.RuleTextDigests;
import io.launchcheck.testing.DevTokens;

/**
 * A WireMock server on a free port playing the rules-service: its evaluation stubs judge each target with the
 * verdict set for its jurisdiction (COMPLIANT by default, through a response transformer), refuse unknown
 * jurisdictions and ruleset versions like the real one, and can be told to fail, hang, answer incompletely, or be
 * stopped altogether.
 */
public final class FakeRulesService {

    /** How the next evaluations are answered. */
    public enum Mode {
        JUDGE, FAIL_500, HANG, DROP_LAST_RESULT, MALFORMED_JSON, VERDICT_MILDER_THAN_FINDINGS,
        /** With the compact forms on: rule texts by digest whatever the Accept asks for. */
        DIGESTS_ONLY
    }

    /** Jurisdiction codes this fake does not know (the real one knows ISO 3166 codes and blocs). */
    public static final Set<String> UNKNOWN = Set.of("XX", "ZZ");
    /** When every ruleset version of the fake was made. */
    public static final Instant CHANGED_AT = Instant.parse("2024-12-31T12:00:00Z");
    /** When a stale fake last reached its registry. */
    public static final Instant CONFIRMED_LONG_AGO = Instant.parse("2025-01-01T00:00:00Z");

    private static final FakeRulesService INSTANCE = new FakeRulesService();

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private final ObjectMapper compactJson = CompactEvaluations.writer(json);
    private final RuleTextDigests digests = new RuleTextDigests(1_000);
    private final List<String> accepts = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final List<String> answered = new java.util.concurrent.CopyOnWriteArrayList<>();
    private volatile String legalBasis = "Test law";
    private final Map<String, Verdict> verdicts = new ConcurrentHashMap<>();
    private final Map<String, LocalDate> upcoming = new ConcurrentHashMap<>();
    private final Map<String, List<UncheckedRule>> notChecked = new ConcurrentHashMap<>();
    private final Map<String, List<Finding>> alsoFound = new ConcurrentHashMap<>();
    private final AtomicInteger evaluations = new AtomicInteger();
    private volatile Mode mode = Mode.JUDGE;
    private volatile String lastTokenClaims;
    private volatile long currentVersion = 7;
    private volatile boolean stale;
    private volatile CountDownLatch hang = new CountDownLatch(1);
    private volatile JsonNode lastRequest;
    private volatile boolean compact;
    private volatile String lastAccept;
    private WireMockServer server;
    private int port;

    private FakeRulesService() {
    }

    private volatile RulesetPack pack;

    public static FakeRulesService get() {
        return INSTANCE;
    }

    /** Starts listening, on the same port as before if it was started already. */
    public synchronized String start() {
        if (server != null) {
            return url();
        }
        server = new WireMockServer(options().bindAddress("127.0.0.1").port(port).containerThreads(50)
                .gzipDisabled(true).extensions(new Judge()));
        server.start();
        port = server.port();
        server.stubFor(post(urlPathEqualTo("/api/v1/evaluations")).willReturn(aResponse().withTransformers(Judge.NAME)));
        server.stubFor(post(urlPathEqualTo("/api/v1/launch-map-evaluations"))
                .willReturn(aResponse().withTransformers(Judge.NAME)));
        stubReadiness();
        return url();
    }

    /** Stops listening: calls are refused until {@link #start()}. */
    public synchronized void stop() {
        if (server != null) {
            hang.countDown();
            server.stop();
            server = null;
        }
    }

    public synchronized String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Back to judging with no verdicts set, version 7, counters at zero. */
    public void reset() {
        hang.countDown();
        hang = new CountDownLatch(1);
        mode = Mode.JUDGE;
        verdicts.clear();
        upcoming.clear();
        notChecked.clear();
        alsoFound.clear();
        currentVersion = 7;
        stale = false;
        pack = null;
        evaluations.set(0);
        lastRequest = null;
        compact = false;
        lastAccept = null;
        accepts.clear();
        answered.clear();
        legalBasis = "Test law";
        start();
        stubReadiness();
    }

    public FakeRulesService mode(Mode mode) {
        this.mode = mode;
        stubReadiness();
        return this;
    }

    public FakeRulesService verdict(String jurisdiction, Verdict verdict) {
        verdicts.put(jurisdiction, verdict);
        return this;
    }

    /** Lists a rule for this jurisdiction that becomes BLOCKING on the given date. */
    public FakeRulesService upcoming(String jurisdiction, LocalDate effectiveFrom) {
        upcoming.put(jurisdiction, effectiveFrom);
        return this;
    }

    /**
     * Lists this rule in the {@code notChecked} of each of these targets, as the rules-service does for a use-case
     * rule that reaches them when the profile states neither useCases nor role.
     */
    public FakeRulesService notChecked(UncheckedRule rule, List<String> targets) {
        targets.forEach(target -> notChecked.computeIfAbsent(target, t -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(rule));
        return this;
    }

    /**
     * Adds this finding to those of each of these targets, after the one their verdict gives (a bloc's rule found in
     * each of its members); set the targets' verdicts to match its severity.
     */
    public FakeRulesService alsoFinds(Finding finding, List<String> targets) {
        targets.forEach(target -> alsoFound.computeIfAbsent(target, t -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(finding));
        return this;
    }

    /** Judges as a rules-service that has not reached its registry for a while (with the last known ruleset). */
    public FakeRulesService stale(boolean stale) {
        this.stale = stale;
        return this;
    }

    /** Judges with a ruleset that contains this rule-pack release (null: none known). */
    public FakeRulesService pack(RulesetPack pack) {
        this.pack = pack;
        return this;
    }

    /**
     * Offers the compact forms like the rules-service: the fourth version (rule texts and not-checked rules by digest)
     * when the request's Accept names it, else the third version (rule texts by digest) when the request's
     * Accept names it, else the second when it names that. Off by default, which plays a rules-service that only knows
     * the full JSON form.
     */
    public FakeRulesService compact(boolean compact) {
        this.compact = compact;
        return this;
    }

    /** The legal basis of the rules this fake finds, a text of theirs that a rule change changes. */
    public FakeRulesService legalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
        return this;
    }

    /** The Accept headers of the evaluation requests since the last reset, in order. */
    public List<String> accepts() {
        return List.copyOf(accepts);
    }

    /** The media types of the evaluations answered since the last reset, in order. */
    public List<String> answered() {
        return List.copyOf(answered);
    }

    /** The Accept header of the last evaluation request. */
    public String lastAccept() {
        return lastAccept;
    }

    public FakeRulesService currentVersion(long version) {
        this.currentVersion = version;
        return this;
    }

    /** Evaluation requests received since the last reset. */
    public int evaluations() {
        return evaluations.get();
    }

    public JsonNode lastRequest() {
        return lastRequest;
    }

    /** Ready unless failing, like the rules-service's readiness check. */
    private synchronized void stubReadiness() {
        if (server != null) {
            server.stubFor(WireMock.get(urlPathEqualTo("/q/health/ready")).willReturn(mode == Mode.FAIL_500
                    ? aResponse().withStatus(503).withHeader("Content-Type", "application/json").withBody("{\"status\":\"DOWN\"}")
                    : okJson("{\"status\":\"UP\",\"checks\":[]}")));
        }
    }

    /** The claims of the last bearer token the gateway sent, as JSON. */
    public String lastTokenClaims() {
        return lastTokenClaims;
    }

    /** Answers the evaluation stubs: the judging logic of this fake. */
    private final class Judge implements ResponseDefinitionTransformerV2 {

        static final String NAME = "fake-rules-service-judge";

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean applyGlobally() {
            return false;
        }

        @Override
        public ResponseDefinition transform(ServeEvent event) {
            try {
                return evaluate(event.getRequest());
            } catch (IOException | RuntimeException e) {
                return response(500, "text/plain", e.toString());
            }
        }
    }

    /**
     * Like the rules-service: 401 without a token signed by the development key, 403 unless it carries the
     * evaluator role; null when authorized.
     */
    private ResponseDefinition unauthorized(Request request) throws IOException {
        Optional<String> claims = DevTokens.verifiedClaims(request.getHeader("Authorization"));
        if (claims.isEmpty()) {
            return response(401, "application/problem+json", "{\"status\":401}");
        }
        lastTokenClaims = claims.get();
        if (!json.readTree(claims.get()).path("groups").toString().contains("\"evaluator\"")) {
            return response(403, "application/problem+json", "{\"status\":403}");
        }
        return null;
    }

    private ResponseDefinition evaluate(Request exchange) throws IOException {
        ResponseDefinition refused = unauthorized(exchange);
        if (refused != null) {
            return refused;
        }
        JsonNode request = json.readTree(exchange.getBody());
        lastRequest = request;
        lastAccept = exchange.getHeader("Accept");
        accepts.add(lastAccept);
        evaluations.incrementAndGet();
        return switch (mode) {
            case FAIL_500 -> response(500, "application/problem+json", "{\"title\":\"Internal error\",\"status\":500}");
            case HANG -> {
                try {
                    hang.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                yield response(500, "application/problem+json", "{\"status\":500}");
            }
            case MALFORMED_JSON -> response(200, "application/json", "{\"rulesetVersion\": 7, \"results\": [");
            default -> judge(request);
        };
    }

    /** The countries of the fake's catalog: a WORLD launch map is these, in this order. */
    public static final List<String> WORLD = List.of("AU", "CN", "DE", "FR", "IT", "JP", "KR", "RU", "US");
    /** The fake's one bloc and its members. */
    public static final List<String> EU = List.of("DE", "FR", "IT");
    /** The subdivisions of the fake's catalog, by country. */
    public static final Map<String, List<String>> SUBDIVISIONS = Map.of("US", List.of("US-CA", "US-TX"));

    /** A launch map's scope expanded like the rules-service does, into a profile with targets; null when refused. */
    private JsonNode expand(JsonNode request) {
        JsonNode map = request.get("launchMap");
        JsonNode scope = map.get("scope");
        List<String> countries = WORLD;
        if ("BLOC".equals(scope.path("kind").asText())) {
            if (!"EU".equals(scope.path("bloc").asText())) {
                ObjectNode problem = json.createObjectNode()
                        .put("type", "https://launchcheck.io/problems/invalid-request").put("title", "Invalid request")
                        .put("status", 400).put("detail", "scope.bloc: unknown bloc");
                problem.putArray("errors").addObject().put("field", "scope.bloc").put("message", "unknown bloc");
                throw new Refusal(response(400, "application/problem+json", problem.toString()));
            }
            countries = EU;
        }
        List<String> withSubdivisions = new ArrayList<>();
        scope.path("subdivisionsOf").forEach(code -> withSubdivisions.add(code.asText()));
        ObjectNode profile = json.createObjectNode();
        profile.set("app", map.get("app"));
        profile.set("hosting", map.get("hosting"));
        profile.set("asOf", map.get("asOf"));
        var targets = profile.putArray("targets");
        for (String country : countries) {
            targets.addObject().put("jurisdiction", country);
            if (withSubdivisions.contains(country)) {
                SUBDIVISIONS.getOrDefault(country, List.of()).forEach(sub -> targets.addObject().put("jurisdiction", sub));
            }
        }
        ObjectNode expanded = json.createObjectNode();
        expanded.set("profile", profile);
        expanded.set("rulesetVersion", request.get("rulesetVersion"));
        expanded.set("advice", request.get("advice"));
        return expanded;
    }

    private ResponseDefinition judge(JsonNode asked) throws IOException {
        JsonNode request;
        try {
            request = asked.has("launchMap") ? expand(asked) : asked;
        } catch (Refusal refusal) {
            return refusal.response;
        }
        boolean advice = request.path("advice").asBoolean(false);
        JsonNode profile = request.get("profile");
        JsonNode targets = profile.get("targets");
        for (int i = 0; i < targets.size(); i++) {
            String code = targets.get(i).get("jurisdiction").asText();
            if (UNKNOWN.contains(code)) {
                String field = "profile.targets[" + i + "].jurisdiction";
                ObjectNode problem = json.createObjectNode()
                        .put("type", "https://launchcheck.io/problems/invalid-request").put("title", "Invalid request")
                        .put("status", 400).put("detail", field + ": unknown jurisdiction '" + code + "'");
                problem.putArray("errors").addObject().put("field", field)
                        .put("message", "unknown jurisdiction '" + code + "'");
                return response(400, "application/problem+json", json.writeValueAsString(problem));
            }
        }
        long version = currentVersion;
        JsonNode pinned = request.get("rulesetVersion");
        if (pinned != null && !pinned.isNull()) {
            if (pinned.asLong() > currentVersion) {
                return response(404, "application/problem+json", "{\"type\":\"https://launchcheck.io/problems/not-found\","
                        + "\"title\":\"Not found\",\"status\":404,\"detail\":\"Ruleset version " + pinned.asLong()
                        + " does not exist\"}");
            }
            version = pinned.asLong();
        }
        LocalDate asOf = LocalDate.parse(profile.get("asOf").asText());
        List<JurisdictionResult> results = new ArrayList<>();
        Verdict overall = Verdict.COMPLIANT;
        for (JsonNode target : targets) {
            String code = target.get("jurisdiction").asText();
            Verdict verdict = verdicts.getOrDefault(code, Verdict.COMPLIANT);
            List<Finding> findings = switch (verdict) {
                case NON_COMPLIANT -> List.of(finding(code.toLowerCase() + "-ban", Severity.BLOCKING, code));
                case NEEDS_REVIEW -> List.of(finding(code.toLowerCase() + "-advisory", Severity.WARNING, code));
                case COMPLIANT -> List.of();
            };
            if (alsoFound.containsKey(code)) {
                findings = new ArrayList<>(findings);
                findings.addAll(alsoFound.get(code));
            }
            List<UpcomingRule> later = upcoming.containsKey(code) && upcoming.get(code).isAfter(asOf)
                    ? List.of(new UpcomingRule(code.toLowerCase() + "-upcoming-ban", RuleKind.NATIONWIDE_BAN,
                            Severity.BLOCKING, code, upcoming.get(code), "A ban takes effect", List.of("vendor matches"),
                            legalBasis, "https://example.org/" + code))
                    : List.of();
            Verdict reported = mode == Mode.VERDICT_MILDER_THAN_FINDINGS ? Verdict.COMPLIANT : verdict;
            List<Advice> advised = !advice || verdict == Verdict.COMPLIANT ? null
                    : List.of(new Advice(List.of(new Advice.ProfileChange(Advice.Lever.SELF_HOST, "hosting.mode",
                            "SELF_HOSTED", "Run the model on your own servers instead of the vendor's API")),
                            Verdict.COMPLIANT, findings.stream().map(Finding::ruleId).toList(), List.of()));
            results.add(new JurisdictionResult(code, reported, findings, later,
                    List.copyOf(notChecked.getOrDefault(code, List.of())), advised));
            overall = overall.worst(verdict);
        }
        if (mode == Mode.DROP_LAST_RESULT) {
            results.remove(results.size() - 1);
        }
        boolean pinnedVersion = version != currentVersion;
        Evaluation evaluation = new Evaluation(version, Instant.parse("2025-01-01T00:00:00Z"), stale && !pinnedVersion,
                asOf,
                // the rules-service's own overall is deliberately always COMPLIANT: the gateway must combine itself
                Verdict.COMPLIANT, results, CHANGED_AT, pinnedVersion ? null : stale ? CONFIRMED_LONG_AGO : Instant.now(), null)
                .withRulesetPack(pack);
        if (compact && lastAccept != null && mode != Mode.DIGESTS_ONLY
                && lastAccept.contains(CompactEvaluations.MEDIA_TYPE_V4)) {
            answered.add(CompactEvaluations.MEDIA_TYPE_V4);
            return response(200, CompactEvaluations.MEDIA_TYPE_V4, compactJson.writeValueAsString(
                    CompactEvaluations.byDigestV4(CompactEvaluations.compact(evaluation), digests)));
        }
        if (compact && lastAccept != null
                && (mode == Mode.DIGESTS_ONLY || lastAccept.contains(CompactEvaluations.MEDIA_TYPE_V3))) {
            answered.add(CompactEvaluations.MEDIA_TYPE_V3);
            return response(200, CompactEvaluations.MEDIA_TYPE_V3, compactJson.writeValueAsString(
                    CompactEvaluations.byDigest(CompactEvaluations.compact(evaluation), digests)));
        }
        if (compact && lastAccept != null && lastAccept.contains(CompactEvaluations.MEDIA_TYPE)) {
            answered.add(CompactEvaluations.MEDIA_TYPE);
            return response(200, CompactEvaluations.MEDIA_TYPE,
                    compactJson.writeValueAsString(CompactEvaluations.compact(evaluation)));
        }
        answered.add("application/json");
        return response(200, "application/json", json.writeValueAsString(evaluation));
    }

    private Finding finding(String ruleId, Severity severity, String jurisdiction) {
        return new Finding(ruleId, severity == Severity.BLOCKING ? RuleKind.NATIONWIDE_BAN : RuleKind.ADVISORY,
                severity, RuleStatus.IN_FORCE, jurisdiction, null, "Rule " + ruleId + " applies",
                List.of("vendor 'DeepSeek' is deepseek"), legalBasis, "Test authority",
                "https://example.org/" + ruleId, "Self-host the model", null, LocalDate.parse("2025-01-01"), null);
    }

    private static ResponseDefinition response(int status, String type, String body) {
        return new ResponseDefinitionBuilder().withStatus(status).withHeader("Content-Type", type).withBody(body).build();
    }

    /** A launch map the fake refuses, with its answer. */
    private static final class Refusal extends RuntimeException {
        private final transient ResponseDefinition response;

        Refusal(ResponseDefinition response) {
            super(null, null, false, false);
            this.response = response;
        }
    }
}
