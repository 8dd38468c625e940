package io.launchcheck.api.paging;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.spi.Converter;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * How large a page of a paged list may be, per service ({@code launchcheck.paging.*}). Both sizes are checked as they
 * are read, by {@link Size}: a service configured with a size outside 1 to {@link PageRequest#MAX_SIZE_LIMIT} does
 * not start, and says which setting is wrong. A converter rather than {@code @Min}/{@code @Max}: constraints on a
 * configuration mapping make each service build a second Bean Validation factory while it starts (docs/benchmarks.md,
 * "Start-up").
 */
@ConfigMapping(prefix = "launchcheck.paging")
public interface PagingConfig {

    String DEFAULT_SIZE = "20";
    String MAX_SIZE = "100";

    /** The size of a page when the request names none. */
    @WithDefault(DEFAULT_SIZE)
    @WithConverter(Size.class)
    int defaultSize();

    /** The largest page a request may ask for; with {@link PageRequest#MAX_PAGE} its first row fits an int offset. */
    @WithDefault(MAX_SIZE)
    @WithConverter(Size.class)
    int maxSize();

    /** The running service's paging settings. */
    static PagingConfig current() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PagingConfig.class);
    }

    /** A page size setting: a whole number from 1 to {@link PageRequest#MAX_SIZE_LIMIT}. */
    final class Size implements Converter<Integer> {

        @Override
        public Integer convert(String value) {
            int size;
            try {
                size = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("a page size is a whole number from 1 to "
                        + PageRequest.MAX_SIZE_LIMIT + ", not '" + value + "'");
            }
            if (size < 1 || size > PageRequest.MAX_SIZE_LIMIT) {
                throw new IllegalArgumentException("a page size is from 1 to " + PageRequest.MAX_SIZE_LIMIT
                        + ", not " + size);
            }
            return size;
        }
    }
}
