package io.launchcheck.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

class PagingConfigTest {

    private static PagingConfig read(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(PagingConfig.class)
                .withSources(new PropertiesConfigSource(properties, "test", 100))
                .build();
        return config.getConfigMapping(PagingConfig.class);
    }

    @Test
    void defaultsWhenNothingIsConfigured() {
        PagingConfig paging = read(Map.of());

        assertThat(paging.defaultSize()).isEqualTo(20);
        assertThat(paging.maxSize()).isEqualTo(100);
    }

    @Test
    void readsSizesWithinTheLimit() {
        PagingConfig paging = read(Map.of("launchcheck.paging.default-size", "1",
                "launchcheck.paging.max-size", String.valueOf(PageRequest.MAX_SIZE_LIMIT)));

        assertThat(paging.defaultSize()).isEqualTo(1);
        assertThat(paging.maxSize()).isEqualTo(PageRequest.MAX_SIZE_LIMIT);
    }

    @Test
    void refusesAMaxSizeAboveTheLimitNamingTheProperty() {
        assertThatThrownBy(() -> read(Map.of("launchcheck.paging.max-size", "2001")))
                .hasMessageContaining("launchcheck.paging.max-size")
                .hasStackTraceContaining("between 1 and 2000, not 2001");
    }

    @Test
    void refusesAZeroDefaultSize() {
        assertThatThrownBy(() -> read(Map.of("launchcheck.paging.default-size", "0")))
                .hasMessageContaining("launchcheck.paging.default-size")
                .hasStackTraceContaining("between 1 and 2000, not 0");
    }

    @Test
    void refusesASizeThatIsNoNumber() {
        assertThatThrownBy(() -> read(Map.of("launchcheck.paging.max-size", "many")))
                .hasMessageContaining("launchcheck.paging.max-size")
                .hasStackTraceContaining("whole number");
    }
}
