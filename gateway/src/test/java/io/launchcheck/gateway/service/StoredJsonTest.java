package io.launchcheck.gateway.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void refusesBrokenTextNamingWhatItWasReading() {
        assertThatThrownBy(() -> stored.read("{\"jurisdiction\":", FeedItem.Change.class))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot read a stored Change");
    }
}
