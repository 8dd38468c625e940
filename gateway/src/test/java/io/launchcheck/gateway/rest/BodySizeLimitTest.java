package io.launchcheck.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import io.launchcheck.gateway.support.FakeRulesProfile;
import io.launchcheck.gateway.support.GatewayTest;
import io.launchcheck.gateway.support.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** A body sent in chunks, without Content-Length, meets the same limit and the same 413 problem as a sized one. */
@QuarkusTest
@TestProfile(FakeRulesProfile.class)
class BodySizeLimitTest extends GatewayTest {

    private static final String PROBLEM = "application/problem+json";
    private static final String VALID = profile("acme-assistant", target("IT"));

    @TestHTTPResource("/")
    URL url;

    /**
     * HTTP/1.1 only: the JDK client otherwise offers an h2c upgrade on a fresh connection, and the 413's closed
     * connection can then end as a GOAWAY before the answer is read (a race, not the behaviour under test).
     */
    private static final java.util.function.Supplier<HttpClient> HTTP_1_1 =
            () -> HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void refusesAChunkedBodyOverTheLimitWithTheSameProblemAsASizedOne() throws Exception {
        String padding = "x".repeat(300 * 1024);
        byte[] body = VALID.replace("\"processesPersonalData\"", "\"notes\": \"" + padding + "\", \"processesPersonalData\"")
                .getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "api/v1/assessments"))
                .header("Authorization", "Bearer " + Tokens.productTeam(Tokens.TEAM))
                .header("Content-Type", "application/json")
                // a body of unknown length is sent in chunks, without Content-Length
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        HttpResponse<String> response = HTTP_1_1.get().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith(PROBLEM));
        assertThat(response.body()).contains("\"status\":413").contains("256 KiB");
    }

    @Test
    void acceptsAChunkedBodyUnderTheLimit() throws Exception {
        byte[] body = VALID.getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "api/v1/assessments"))
                .header("Authorization", "Bearer " + Tokens.productTeam(Tokens.TEAM))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        assertThat(HTTP_1_1.get().send(request, HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(201);
    }

    /**
     * Repeated: the answer races the client's writing of the body. When the connection closed as soon as the 413
     * was written, about one request in twenty saw a reset instead of the answer (11 of 200 on this machine).
     */
    @RepeatedTest(50)
    void refusesASizedBodyOverTheLimitBeforeReadingIt() throws Exception {
        byte[] body = VALID.replace("\"processesPersonalData\"", "\"notes\": \"" + "x".repeat(300 * 1024)
                + "\", \"processesPersonalData\"").getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + "api/v1/assessments"))
                .header("Authorization", "Bearer " + Tokens.productTeam(Tokens.TEAM))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        HttpResponse<String> response = HTTP_1_1.get().send(request, HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("\"status\":413").contains("256 KiB");
        assertThat(rules.evaluations()).isZero();
    }
}
