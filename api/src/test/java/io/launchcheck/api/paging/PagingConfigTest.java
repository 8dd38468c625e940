package io.launchcheck.api.paging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/** The paging settings as a service reads them: defaults, and a size outside 1 to the limit stops the service. */
class PagingConfigTest {

    private static PagingConfig read(Map<String, String> settings) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(settings, "test", 500))
                .withMapping(PagingConfig.class)
                .build();
        return config.getConfigMapping(PagingConfig.class);
    }

    @Test
    void defaultsWhenNothingIsSet() {
        PagingConfig paging = read(Map.of());
        assertThat(paging.defaultSize()).isEqualTo(Integer.parseInt(PagingConfig.DEFAULT_SIZE));
        assertThat(paging.maxSize()).isEqualTo(Integer.parseInt(PagingConfig.MAX_SIZE));
    }

    @Test
    void readsSizesInsideTheBounds() {
        PagingConfig paging = read(Map.of("launchcheck.paging.default-size", "1",
                "launchcheck.paging.max-size", String.valueOf(PageRequest.MAX_SIZE_LIMIT)));
        assertThat(paging.defaultSize()).isEqualTo(1);
        assertThat(paging.maxSize()).isEqualTo(PageRequest.MAX_SIZE_LIMIT);
    }

    @Test
    void refusesAMaximumOfZero() {
        assertThatThrownBy(() -> read(Map.of("launchcheck.paging.max-size", "0")))
                .hasStackTraceContaining("launchcheck.paging.max-size")
                .hasStackTraceContaining("a page size is from 1 to " + PageRequest.MAX_SIZE_LIMIT + ", not 0");
    }

    @Test
    void refusesAMaximumAboveTheLimit() {
        assertThatThrownBy(() -> read(Map.of("launchcheck.paging.max-size", String.valueOf(PageRequest.MAX_SIZE_LIMIT + 1))))
                .hasStackTraceContaining("launchcheck.paging.max-size");
    }

    @Test
    void refusesADefaultThatIsNotANumber() {
        assertThatThrownBy(() -> read(Map.of("launchcheck.paging.default-size", "twenty")))
                .hasStackTraceContaining("launchcheck.paging.default-size")
                .hasStackTraceContaining("not 'twenty'");
    }
}
