package io.launchcheck.api;

import com.fasterxml.jackson.annotation.JsonCreator;

/**
 * What deployments of the vendors a rule names it covers. Bans of a developer's app or API often leave its open
 * weights run elsewhere alone; public-sector bans such as Taiwan's cover the developer's models wherever they run.
 */
public enum Coverage {
    /** The developer's own service: the rule applies when user data reaches the developer (it operates inference). */
    DEVELOPER_SERVICE,
    /** Any deployment of the developer's models: its service, a cloud provider's, an aggregator's or self-hosted weights. */
    ANY_DEPLOYMENT,
    /** Only the apps the rule names in {@code subject.apps} (e.g. a store suspension of the "DeepSeek" app). */
    NAMED_APPS;

    @JsonCreator
    public static Coverage of(String value) {
        return Codes.parse(Coverage.class, value);
    }
}
