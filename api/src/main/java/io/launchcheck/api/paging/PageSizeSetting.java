package io.launchcheck.api.paging;

import org.eclipse.microprofile.config.spi.Converter;

/**
 * Reads a configured page size ({@code launchcheck.paging.default-size}, {@code launchcheck.paging.max-size}) and
 * refuses, at start-up, one outside 1 to {@link PageRequest#MAX_SIZE_LIMIT}. A converter rather than Bean Validation
 * constraints on {@link PagingConfig}: constraints on a configuration mapping make Quarkus build a second validator
 * factory while the configuration is read, which was about a sixth of a service's start-up
 * (docs/benchmarks.md, "Start-up").
 */
public final class PageSizeSetting implements Converter<Integer> {

    private static final long serialVersionUID = 1L;

    @Override
    public Integer convert(String value) {
        int size;
        try {
            size = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a page size must be a whole number, not \"" + value + "\"", e);
        }
        if (size < 1 || size > PageRequest.MAX_SIZE_LIMIT) {
            throw new IllegalArgumentException(
                    "a page size must be between 1 and " + PageRequest.MAX_SIZE_LIMIT + ", not " + size);
        }
        return size;
    }
}
