package io.launchcheck.registry.service;

import java.util.Locale;

/**
 * Pack names, rule ids and vendor ids starting with {@code example-} are reserved for the examples of the OpenAPI
 * document: the registry refuses them (422), so an example tried from Swagger UI never writes live data.
 */
public final class ExampleIds {

    public static final String PREFIX = "example-";
    static final String PACK_MESSAGE = "names starting with '" + PREFIX + "' are reserved for examples and never imported";
    static final String ID_MESSAGE = "ids starting with '" + PREFIX + "' are reserved for examples and never stored";

    private ExampleIds() {
    }

    /** Whether a name or id is one of the examples' (in any case, with surrounding spaces). */
    public static boolean reserved(String id) {
        return id != null && id.strip().toLowerCase(Locale.ROOT).startsWith(PREFIX);
    }
}
