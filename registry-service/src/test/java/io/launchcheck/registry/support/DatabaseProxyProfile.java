package io.launchcheck.registry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import io.launchcheck.testing.TcpProxy;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The registry with its database reached through a {@link TcpProxy} that a test can cut: the real PostgreSQL and
 * the real driver, only the network between them is under the test's control.
 */
public class DatabaseProxyProfile implements QuarkusTestProfile {

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
        String database = System.getenv().getOrDefault("LAUNCHCHECK_TEST_REGISTRY_DB", "registry_test");
        return Map.of("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:" + proxy().port() + "/" + database);
    }
}
