package io.launchcheck.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

import io.launchcheck.testing.TcpProxy;

/**
 * {@link FakeRulesProfile} with the gateway's database reached through a {@link TcpProxy} that a test can cut:
 * the real PostgreSQL and the real driver, only the network between them is under the test's control.
 */
public class DatabaseProxyProfile extends FakeRulesProfile {

    private static TcpProxy proxy;

    public static synchronized TcpProxy proxy() {
        if (proxy == null) {
            try {
                proxy = new TcpProxy("127.0.0.1", 5432);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return proxy;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        String database = System.getenv().getOrDefault("LAUNCHCHECK_TEST_GATEWAY_DB", "gateway_test");
        overrides.put("quarkus.datasource.jdbc.url",
                "jdbc:postgresql://127.0.0.1:" + proxy().port() + "/" + database);
        return overrides;
    }
}
