package io.launchcheck.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.launchcheck.api.Verdict;
import io.launchcheck.api.json.StrictJson;
import io.launchcheck.gateway.domain.FeedItem;

/** How stored JSON is written and read back: tolerant of later versions' fields, failing loudly on broken text. */
class StoredJsonTest {

    private static final FeedItem.Change CHANGE = new FeedItem.Change("DE", Verdict.COMPLIANT,
            Verdict.NON_COMPLIANT);

    private final StoredJson stored = new StoredJson(StrictJson.configure(new ObjectMapper()));

    @Test
    void readsBackWhatItWrote() {
        assertThat(stored.read(stored.write(CHANGE), FeedItem.Change.class)).isEqualTo(CHANGE);
    }

    @Test
    void skipsFieldsWrittenByALaterVersion() {
        String later = stored.write(CHANGE).replaceFirst("\\{", "{\"addedLater\":true,");

        assertThat(stored.read(later, FeedItem.Change.class)).isEqualTo(CHANGE);
    }

    @Test
    void writesTheSameJsonAsBytesAsItDoesAsText() {
        // a quote, a control character, accents, a CJK character and one beyond the Basic Multilingual Plane
        Map<String, String> value = Map.of("text", "\"é\u0001 東 \uD83D\uDE80");

        byte[] utf8 = stored.writeUtf8(value);

        assertThat(utf8).isEqualTo(stored.write(value).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(utf8, StandardCharsets.UTF_8)).contains("\uD83D\uDE80").doesNotContain("\\uD83D");
    }

    @Test
    void refusesBrokenTextNamingWhatItWasReading() {
        assertThatThrownBy(() -> stored.read("{\"jurisdiction\":", FeedItem.Change.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot read a stored Change");
    }
}
