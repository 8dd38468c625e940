package io.launchcheck.api.paging;

import org.eclipse.microprofile.config.ConfigProvider;

import io.quarkus.runtime.annotations.StaticInitSafe;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/**
 * How large a page of a paged list may be, per service ({@code launchcheck.paging.*}). Safe to read while the
 * service starts ({@link StaticInitSafe}): the page-size validator is made with the validator factory, before
 * the rest of the configuration is read; {@link PageSize.Validator}'s injection point registers the mapping.
 */
@ConfigMapping(prefix = "launchcheck.paging")
@StaticInitSafe
public interface PagingConfig {

    String DEFAULT_SIZE = "20";
    String MAX_SIZE = "100";

    /** The size of a page when the request names none; 1 to {@link PageRequest#MAX_SIZE_LIMIT}. */
    @WithDefault(DEFAULT_SIZE)
    @WithConverter(PageSizeSetting.class)
    int defaultSize();

    /**
     * The largest page a request may ask for, 1 to {@link PageRequest#MAX_SIZE_LIMIT}; with {@link PageRequest#MAX_PAGE}
     * its first row fits an int offset.
     */
    @WithDefault(MAX_SIZE)
    @WithConverter(PageSizeSetting.class)
    int maxSize();

    /** The running service's paging settings. */
    static PagingConfig current() {
        return ConfigProvider.getConfig().unwrap(SmallRyeConfig.class).getConfigMapping(PagingConfig.class);
    }
}
