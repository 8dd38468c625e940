package io.launchcheck.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shipped examples ({@code examples/*.json} and their real answers in {@code examples/responses/}) are what the
 * gateway's served OpenAPI document says a request and a {@code 201} answer of {@code POST /api/v1/assessments} are.
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
