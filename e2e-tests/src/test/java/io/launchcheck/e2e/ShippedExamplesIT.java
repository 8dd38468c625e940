package io.launchcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped examples ({@code examples/*.json} and their real answers in {@code examples/responses/}) are what the
 * gateway's served OpenAPI document says a request and a {@code 201} answer of {@code POST /api/v1/assessments} are.
 * With {@code -Dlaunchcheck.examples.write=true} (and this class alone, so that the ruleset is the bundled pack's
 * first version) it first writes what the gateway answers to each profile into {@code examples/responses/}.
 */
@ExtendWith(E2eSystem.class)
class ShippedExamplesIT {

    private static final Path EXAMPLES = Path.of(System.getProperty("launchcheck.root", "..")).resolve("examples");
    private static final String ASSESSMENTS = "/api/v1/assessments";

    private static OpenApiContract gateway;

    @BeforeAll
    static void readServedDocument() {
        gateway = E2eSystem.get().gatewayContract();
    }

    static Stream<Path> profiles() throws IOException {
        return json(EXAMPLES);
    }

    static Stream<Path> responses() throws IOException {
        return json(EXAMPLES.resolve("responses"));
    }

    @Test
    @EnabledIfSystemProperty(named = "launchcheck.examples.write", matches = "true")
    void writeTheRealAnswers() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        // as jq prints it: one array element a line, no space before a colon
        com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
                .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
        printer.indentArraysWith(com.fasterxml.jackson.core.util.DefaultIndenter.SYSTEM_LINEFEED_INSTANCE);
        for (Path profile : profiles().toList()) {
            String answer = io.restassured.RestAssured.given().baseUri(E2eSystem.get().gateway.baseUrl())
                    .auth().oauth2(Tokens.productTeam("demo-team")).contentType("application/json")
                    .body(Files.readString(profile)).post(ASSESSMENTS).then().statusCode(201).extract().asString();
            Files.writeString(EXAMPLES.resolve("responses").resolve(profile.getFileName()),
                    json.writer(printer).writeValueAsString(json.readTree(answer)) + "\n");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void everyExampleProfileIsADocumentedRequest(Path profile) throws IOException {
        List<String> problems = gateway.checkRequestBody("POST", ASSESSMENTS, "application/json", Files.readString(profile));
        assertThat(problems).as(profile.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyExampleResponseIsADocumentedAnswer(Path response) throws IOException {
        List<String> problems = gateway.checkResponseBody("POST", ASSESSMENTS, 201, Files.readString(response));
        assertThat(problems).as(response.toString()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("responses")
    void everyExampleResponseHasItsProfile(Path response) {
        assertThat(EXAMPLES.resolve(response.getFileName())).exists();
    }

    private static Stream<Path> json(Path folder) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        assertThat(files).as("examples in " + folder).isNotEmpty();
        return files.stream();
    }
}
