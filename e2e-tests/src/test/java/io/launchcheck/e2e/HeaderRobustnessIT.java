package io.launchcheck.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Header values the services read (Authorization, Accept, Content-Type, If-Match, If-None-Match), spoiled with
 * control characters or non-ASCII bytes, sent over a raw socket (Java's HTTP clients refuse to send them) to the
 * three packaged services. A value with a control character is not HTTP: the HTTP server refuses it with a 400
 * and closes the connection before the API sees it. A non-ASCII value is HTTP: it reaches the API and gets a
 * problem+json 4xx (or, where the header does not decide, the normal answer). Never a 5xx, never silence, and
 * nothing is stored or changed.
 */
@ExtendWith(E2eSystem.class)
class HeaderRobustnessIT {

    private static final Pattern STATUS = Pattern.compile("^HTTP/1\\.1 (\\d{3}) ");

    /** One request over a raw socket, and what came back. */
    record Exchange(String service, String header, String value, int status, String contentType, String body) {

        String describe() {
            return service + " " + header + ": " + printable(value) + " -> " + status + " " + contentType + " "
                    + body.substring(0, Math.min(body.length(), 160));
        }
    }

    @Test
    void spoiledHeaderValuesAreRefusedNeverFailAndChangeNothing() throws IOException {
        E2eSystem system = E2eSystem.get();
        String team = "header-team";
        String teamToken = Tokens.productTeam(team);
        String officer = Tokens.officer("header-officer");
        String rule = "it-garante-deepseek-processing-block";
        long rulesetBefore = rulesetVersion(system, officer);
        long assessmentsBefore = assessments(system, teamToken);
        String profile = Profiles.deepSeekApi("2025-03-01", Profiles.target("IT", "\"CONSUMER\"", ""));
        String ruleBody = given().baseUri(system.registry.baseUrl()).auth().oauth2(officer)
                .get("/api/v1/rules/" + rule).then().statusCode(200).extract().asString();

        String[] controlValues = { "a\u0001b", "a\u007fb", "a\u0000b", "a\u001bb" };
        String[] nonAsciiValues = { "caf\u00e9", "\u00ff\u00fe", "\u00e9\"0\"" };
        List<Exchange> controls = new ArrayList<>();
        List<Exchange> nonAscii = new ArrayList<>();
        for (String header : List.of("Authorization", "Accept", "Content-Type", "If-Match", "If-None-Match")) {
            for (String value : controlValues) {
                controls.add(gatewayPost(system, header, value, teamToken, profile));
                controls.add(registryPut(system, header, value, officer, rule, ruleBody));
            }
            for (String value : nonAsciiValues) {
                String sent = header.equals("Authorization") ? "Bearer " + value : value;
                nonAscii.add(gatewayPost(system, header, sent, teamToken, profile));
                nonAscii.add(registryPut(system, header, sent, officer, rule, ruleBody));
            }
        }

        assertThat(controls).as("control characters in a header value: a 400 from the HTTP server")
                .allSatisfy(e -> assertThat(e.status()).as(e.describe()).isEqualTo(400));
        assertThat(nonAscii).as("non-ASCII header values: never a 5xx, never silence")
                .allSatisfy(e -> assertThat(e.status()).as(e.describe()).isBetween(200, 499));
        assertThat(nonAscii).filteredOn(e -> e.status() >= 400)
                .as("non-ASCII header values refused by the API: with a problem body")
                .allSatisfy(e -> assertThat(e.contentType()).as(e.describe()).startsWith("application/problem+json"));
        assertThat(nonAscii).filteredOn(e -> e.header().equals("Authorization"))
                .allSatisfy(e -> assertThat(e.status()).as(e.describe()).isEqualTo(401));
        assertThat(nonAscii).filteredOn(e -> e.header().equals("If-Match") && e.service().equals("registry"))
                .allSatisfy(e -> assertThat(e.status()).as(e.describe()).isEqualTo(412));
        assertThat(nonAscii).filteredOn(e -> e.header().equals("Content-Type"))
                .allSatisfy(e -> assertThat(e.status()).as(e.describe()).isEqualTo(415));
        assertThat(nonAscii).filteredOn(e -> e.header().equals("Accept"))
                .allSatisfy(e -> assertThat(e.status()).as(e.describe()).isEqualTo(406));

        long storedByValid = nonAscii.stream().filter(e -> e.service().equals("gateway") && e.status() == 201).count();
        assertThat(assessments(system, teamToken) - assessmentsBefore)
                .as("assessments stored: only where the spoiled header did not decide (If-Match, If-None-Match)")
                .isEqualTo(storedByValid);
        assertThat(rulesetVersion(system, officer)).as("the ruleset version").isEqualTo(rulesetBefore);
    }

    private static Exchange gatewayPost(E2eSystem system, String header, String value, String token, String profile)
            throws IOException {
        List<String[]> headers = new ArrayList<>(List.of(new String[] { "Authorization", "Bearer " + token },
                new String[] { "Accept", "application/json" }, new String[] { "Content-Type", "application/json" }));
        return exchange("gateway", system.gateway.baseUrl(), "POST", "/api/v1/assessments", with(headers, header, value),
                profile, header, value);
    }

    private static Exchange registryPut(E2eSystem system, String header, String value, String token, String rule,
            String body) throws IOException {
        // If-Match "-1" names no version: a PUT that passes the spoiled header still changes nothing (412)
        List<String[]> headers = new ArrayList<>(List.of(new String[] { "Authorization", "Bearer " + token },
                new String[] { "Accept", "application/json" }, new String[] { "Content-Type", "application/json" },
                new String[] { "If-Match", "\"-1\"" }));
        return exchange("registry", system.registry.baseUrl(), "PUT", "/api/v1/rules/" + rule,
                with(headers, header, value), Rules.editable(body), header, value);
    }

    private static List<String[]> with(List<String[]> headers, String name, String value) {
        headers.removeIf(h -> h[0].equalsIgnoreCase(name));
        headers.add(new String[] { name, value });
        return headers;
    }

    /** Sends one HTTP/1.1 request whose header bytes are written as ISO-8859-1, as HTTP defines them. */
    private static Exchange exchange(String service, String baseUrl, String method, String path, List<String[]> headers,
            String body, String header, String value) throws IOException {
        URI uri = URI.create(baseUrl);
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes((method + " " + path + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        for (String[] h : headers) {
            request.writeBytes((h[0] + ": " + h[1] + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        request.writeBytes("\r\n".getBytes(StandardCharsets.ISO_8859_1));
        request.writeBytes(content);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.toByteArray());
            out.flush();
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Matcher status = STATUS.matcher(answer);
            int code = status.find() ? Integer.parseInt(status.group(1)) : -1;
            Matcher type = Pattern.compile("(?im)^content-type:[ \\t]*([^\\r\\n]+)").matcher(answer);
            int split = answer.indexOf("\r\n\r\n");
            return new Exchange(service, header, value, code, type.find() ? type.group(1) : "",
                    split < 0 ? "" : answer.substring(split + 4));
        }
    }

    private static String printable(String value) {
        StringBuilder out = new StringBuilder();
        value.chars().forEach(c -> out.append(c < 0x20 || c >= 0x7f ? String.format("\\u%04x", c) : String.valueOf((char) c)));
        return out.toString();
    }

    private static long rulesetVersion(E2eSystem system, String token) {
        return given().baseUri(system.registry.baseUrl()).auth().oauth2(token)
                .get("/api/v1/ruleset/version").then().statusCode(200).extract().jsonPath().getLong("version");
    }

    private static long assessments(E2eSystem system, String token) {
        return given().baseUri(system.gateway.baseUrl()).auth().oauth2(token).queryParam("size", 1)
                .get("/api/v1/assessments").then().statusCode(200).extract().jsonPath().getLong("total");
    }
}
