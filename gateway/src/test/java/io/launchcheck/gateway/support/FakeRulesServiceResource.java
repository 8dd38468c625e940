package io.launchcheck.gateway.support;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/** Starts the fake rules-service before the gateway and points the gateway's REST client at it. */
public class FakeRulesServiceResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of("quarkus.rest-client.rules.url", FakeRulesService.get().start());
    }

    @Override
    public void stop() {
        FakeRulesService.get().stop();
    }
}
