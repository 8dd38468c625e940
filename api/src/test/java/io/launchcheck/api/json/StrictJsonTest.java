package io.launchcheck.api.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** Strict reading of requests, and the lighter reading of the product's own services' answers. */
class StrictJsonTest {

    record Note(String text, int count) {
    }

    private final ObjectMapper strict = StrictJson.configure(new ObjectMapper());

    @Test
    void requestsAreReadStrictly() {
        assertThatThrownBy(() -> strict.readValue("{\"text\": \"a\\u0000b\", \"count\": 1}", Note.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("control characters");
        assertThatThrownBy(() -> strict.readValue("{\"text\": \"a\", \"text\": \"b\", \"count\": 1}", Note.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("Duplicate field");
        assertThatThrownBy(() -> strict.readValue("{\"text\": \"a\", \"count\": 1, \"more\": 2}", Note.class))
                .isInstanceOf(JsonProcessingException.class).hasMessageContaining("more");
    }

    @Test
    void answersOfTheProductsOwnServicesSkipTheTextChecksButStillRefuseCoercion() throws Exception {
        ObjectMapper internal = StrictJson.internalCopy(strict);

        assertThat(internal.readValue("{\"text\": \"a\\u0000b\", \"count\": 1, \"more\": 2}", Note.class))
                .isEqualTo(new Note("a\u0000b", 1));
        assertThat(internal.readValue("{\"text\": \"a\", \"text\": \"b\", \"count\": 1}", Note.class).text())
                .isEqualTo("b");
        assertThatThrownBy(() -> internal.readValue("{\"text\": 5, \"count\": 1}", Note.class))
                .isInstanceOf(MismatchedInputException.class);
        // the service's own mapper is unchanged
        assertThatThrownBy(() -> strict.readValue("{\"text\": \"a\\u0000b\", \"count\": 1}", Note.class))
                .isInstanceOf(JsonProcessingException.class);
    }
}
