package io.launchcheck.rules.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import io.launchcheck.rules.testing.RealRulePack;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts a {@link RegistryServer} serving the real rule pack as version 1, and points the service at it. */
public class RegistryServerResource implements QuarkusTestResourceLifecycleManager {

    private static RegistryServer server;

    static RegistryServer server() {
        return server;
    }

    @Override
    public Map<String, String> start() {
        server = new RegistryServer(RealRulePack.ruleset(1, List.of()));
        try {
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.rest-client.registry.url", server.url(),
                "launchcheck.rules.refresh-interval", "100ms");
    }

    @Override
    public void stop() {
        server.stop();
    }
}
