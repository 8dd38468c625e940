package io.launchcheck.api.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.config.ConfigProvider;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.WithDefault;

/** How large a page of a paged list may be, per service ({@code launchcheck.paging.*}). */
@ConfigMapping(prefix = "launchcheck.paging")
public interface PagingConfig {

    String DEFAULT_SIZE = "20";
    String MAX_SIZE = "100";

    /** The size of a page when the request names none. */
    @WithDefault(DEFAULT_SIZE)
    @Min(1)
    int defaultSize();

    /** The largest page a request may ask for; with {@link PageRequest#MAX_PAGE} its first row fits an int offset. */
    @WithDefault(MAX_SIZE)
    @Min(1)
    @Max(PageRequest.MAX_SIZE_LIMIT)
    int maxSize();

    /** The running service's paging settings. */
    static PagingConfig current() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PagingConfig.class);
    }
}
