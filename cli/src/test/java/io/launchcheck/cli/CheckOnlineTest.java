package io.launchcheck.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * {@code check --gateway}: how the command answers each kind of gateway answer. The gateway here is a stand-in that
 * answers fixed responses (the real stack is in e2e-tests' CliIT); the verdicts themselves come from the e2e suite.
 */
class CheckOnlineTest {

    static final String TOKEN = "test-token";
    static final String PROFILE = CliRun.EXAMPLES.resolve("chatgpt-italy-april-2023.json").toString();

    private HttpServer server;
    private final AtomicReference<String> authorization = new AtomicReference<>();
    private final AtomicReference<String> query = new AtomicReference<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private String gateway(int status, String contentType, String body, Map<String, String> headers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/assessments", exchange -> {
            authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
            query.set(String.valueOf(exchange.getRequestURI().getQuery()));
            exchange.getRequestBody().readAllBytes();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", contentType);
            headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static CliRun check(String gateway, String... more) {
        String[] args = new String[3 + more.length];
        args[0] = "check";
        args[1] = "--gateway";
        args[2] = gateway;
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.run(Map.of("LAUNCHCHECK_TOKEN", TOKEN), "", args);
    }

    @Test
    void asksForAdviceOnlyWithTheAdviceOptionAndPrintsIt() throws IOException {
        String url = gateway(201, "application/json", """
                {"id": "a1", "overall": "NON_COMPLIANT", "asOf": "2023-04-15", "rulesetVersion": 3, "app": "acme",
                 "results": [{"jurisdiction": "IT", "verdict": "NON_COMPLIANT", "findings": [
                   {"ruleId": "it-garante-chatgpt-limitation-2023", "severity": "BLOCKING", "jurisdiction": "IT",
                    "message": "Italy: ChatGPT limited"}], "upcoming": [],
                   "advice": [{"changes": [{"lever": "NO_PERSONAL_DATA", "field": "processesPersonalData",
                                            "value": null, "summary": "Do not process personal data"}],
                               "verdict": "COMPLIANT", "clears": ["it-garante-chatgpt-limitation-2023"], "adds": []}]}]}
                """, Map.of("Location", "http://gw/api/v1/assessments/a1"));

        CliRun plain = check(url, PROFILE);
        assertThat(query.get()).as("a pipeline's gate asks for no advice").isEqualTo("advice=false");
        assertThat(plain.out).contains("advice (judged again): Do not process personal data -> COMPLIANT");

        check(url, "--advice", PROFILE);
        assertThat(query.get()).as("--advice leaves the gateway's default, advice").isEqualTo("null");
    }

    @Test
    void exitsOneOnANonCompliantAssessment() throws IOException {
        String url = gateway(201, "application/json", """
                {"id": "a1", "overall": "NON_COMPLIANT", "asOf": "2023-04-15", "rulesetVersion": 3, "app": "acme",
                 "results": [{"jurisdiction": "IT", "verdict": "NON_COMPLIANT", "findings": [
                   {"ruleId": "it-garante-chatgpt-limitation-2023", "severity": "BLOCKING", "jurisdiction": "IT",
                    "message": "Italy: ChatGPT limited"}], "upcoming": []}]}
                """, Map.of("Location", "http://gw/api/v1/assessments/a1"));
        CliRun run = check(url, PROFILE);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.POLICY_FAILURE);
        assertThat(run.out).contains("ruleset version 3", "it-garante-chatgpt-limitation-2023",
                "http://gw/api/v1/assessments/a1");
        assertThat(authorization.get()).isEqualTo("Bearer " + TOKEN);
    }

    @Test
    void readsTheTokenFromAFile(@TempDir Path dir) throws IOException {
        Path tokenFile = dir.resolve("token");
        Files.writeString(tokenFile, "from-file\n");
        String url = gateway(201, "application/json", """
                {"overall": "COMPLIANT", "asOf": "2023-04-15", "rulesetVersion": 3,
                 "results": [{"jurisdiction": "IT", "verdict": "COMPLIANT", "findings": [], "upcoming": []}]}
                """, Map.of());
        CliRun run = CliRun.run(Map.of(), "", "check", "--gateway", url, "--token-file", tokenFile.toString(), PROFILE);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.PASS);
        assertThat(authorization.get()).isEqualTo("Bearer from-file");
    }

    @Test
    void exitsTwoWithTheFieldErrorsOfABadRequest() throws IOException {
        String url = gateway(400, "application/problem+json", """
                {"type": "https://launchcheck.io/problems/invalid-request", "title": "Invalid request", "status": 400,
                 "detail": "targets[0].jurisdiction: unknown jurisdiction 'XX'",
                 "errors": [{"field": "targets[0].jurisdiction", "message": "unknown jurisdiction 'XX'"}]}
                """, Map.of());
        CliRun run = check(url, PROFILE);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("targets[0].jurisdiction: unknown jurisdiction 'XX'");
    }

    @Test
    void exitsThreeWhenTheGatewayHasNoVerdict() throws IOException {
        String url = gateway(503, "application/problem+json", """
                {"title": "Service unavailable", "status": 503, "detail": "the rules-service did not answer"}
                """, Map.of("Retry-After", "5"));
        CliRun run = check(url, PROFILE);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(run.err).contains("503", "retry after 5 s");
    }

    @Test
    void exitsThreeWhenAnAnswerLacksAVerdictForATarget() throws IOException {
        String url = gateway(201, "application/json", """
                {"overall": "COMPLIANT", "asOf": "2023-04-15", "rulesetVersion": 3, "results": []}
                """, Map.of());
        assertThat(check(url, PROFILE).exitCode).isEqualTo(ExitCodes.UNAVAILABLE);
    }

    @Test
    void exitsThreeWhenTheGatewayCannotBeReached() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        CliRun run = check("http://127.0.0.1:" + port, PROFILE);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.UNAVAILABLE);
        assertThat(run.err).contains("cannot be reached");
    }

    @Test
    void exitsTwoWithoutAToken() throws IOException {
        String url = gateway(201, "application/json", "{}", Map.of());
        CliRun run = CliRun.run(Map.of(), "", "check", "--gateway", url, PROFILE);
        assertThat(run.exitCode).as(run.toString()).isEqualTo(ExitCodes.USAGE);
        assertThat(run.err).contains("LAUNCHCHECK_TOKEN");
        assertThat(authorization.get()).isNull();
    }

    @Test
    void exitsTwoWhenTheTokenIsRefused() throws IOException {
        String url = gateway(401, "application/problem+json", "{\"status\": 401}", Map.of());
        assertThat(check(url, List.of(PROFILE).get(0)).exitCode).isEqualTo(ExitCodes.USAGE);
    }
}
