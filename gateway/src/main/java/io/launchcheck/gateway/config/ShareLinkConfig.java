package io.launchcheck.gateway.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Share links to report pages ({@code launchcheck.share-links.*}, or {@code LAUNCHCHECK_SHARE_LINKS_*} env vars):
 * how long a link lives unless the caller asks for less, and the longest it may live.
 */
@ConfigMapping(prefix = "launchcheck.share-links")
public interface ShareLinkConfig {

    /** The audience share-link tokens carry; API tokens ({@code aud: launchcheck}) are never share links. */
    String AUDIENCE = "launchcheck-share";

    /** A link's lifetime when the request names none. */
    @WithDefault("24H")
    Duration defaultLifetime();

    /** The longest lifetime a link may be given. */
    @WithDefault("7D")
    Duration maxLifetime();
}
