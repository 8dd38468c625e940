package io.launchcheck.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.extension.BeforeAllCallback;

import io.restassured.RestAssured;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The whole system for the end-to-end suite: fresh databases on the real PostgreSQL, and the three
 * packaged services started as separate processes on free ports. Started once per test run, stopped
 * when the run ends.
 */
public final class E2eSystem implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    static final String DB_URL = System.getProperty("launchcheck.e2e.db-url", "jdbc:postgresql://127.0.0.1:5432/");
    static final String DB_USER = System.getProperty("launchcheck.e2e.db-user", "launchcheck");
    static final String DB_PASSWORD = System.getProperty("launchcheck.e2e.db-password", "launchcheck");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private static E2eSystem instance;

    /** Every answer of every service is checked against the OpenAPI document that service serves. */
    static final ContractCheck CONTRACT = new ContractCheck();

    private final String registryDb;
    private final String gatewayDb;
    final ServiceProcess registry;
    final ServiceProcess rules;
    final ServiceProcess gateway;

    /** Used by JUnit through {@code @ExtendWith}; the real instance is the shared one. */
    public E2eSystem() {
        this.registryDb = null;
        this.gatewayDb = null;
        this.registry = null;
        this.rules = null;
        this.gateway = null;
    }

    private E2eSystem(Path root) throws IOException {
        Path logs = root.resolve("e2e-tests/target/e2e-logs");
        String suffix = Long.toString(System.currentTimeMillis() % 100000);
        registryDb = "registry_e2e_" + suffix;
        gatewayDb = "gateway_e2e_" + suffix;
        createFreshDatabase(registryDb);
        createFreshDatabase(gatewayDb);
        int registryPort = freePort();
        int rulesPort = freePort();
        int gatewayPort = freePort();
        // the development keys (config/dev-keys); production mounts its own from a Secret
        String publicKey = root.resolve("config/dev-keys/publicKey.pem").toString();
        String signingKey = root.resolve("config/dev-keys/privateKey.pem").toString();
        registry = new ServiceProcess("registry-service", jar(root, "registry-service"), registryPort, Map.of(
                "quarkus.datasource.jdbc.url", DB_URL + registryDb,
                "quarkus.datasource.username", DB_USER,
                "quarkus.datasource.password", DB_PASSWORD,
                "launchcheck.registry.import-pack-on-empty", "true",
                "mp.jwt.verify.publickey.location", publicKey), logs);
        rules = new ServiceProcess("rules-service", jar(root, "rules-service"), rulesPort, Map.of(
                "quarkus.rest-client.registry.url", "http://127.0.0.1:" + registryPort,
                "launchcheck.rules.refresh-interval", "100ms",
                "mp.jwt.verify.publickey.location", publicKey,
                "smallrye.jwt.sign.key.location", signingKey), logs);
        gateway = new ServiceProcess("gateway", jar(root, "gateway"), gatewayPort, Map.of(
                "quarkus.rest-client.rules.url", "http://127.0.0.1:" + rulesPort,
                "quarkus.rest-client.registry.url", "http://127.0.0.1:" + registryPort,
                "quarkus.datasource.jdbc.url", DB_URL + gatewayDb,
                "quarkus.datasource.username", DB_USER,
                "quarkus.datasource.password", DB_PASSWORD,
                "mp.jwt.verify.publickey.location", publicKey,
                "smallrye.jwt.sign.key.location", signingKey,
                // WaiversIT moves the gateway's clock and waits for webhook deliveries
                "launchcheck.clock.test-endpoint", "true",
                "launchcheck.webhooks.poll", "1s",
                "launchcheck.webhooks.retry-base", "1S"), logs);
    }

    static synchronized E2eSystem get() {
        if (instance == null) {
            throw new IllegalStateException("the system is not started; annotate the test with @ExtendWith(E2eSystem.class)");
        }
        return instance;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (E2eSystem.class) {
            if (instance == null) {
                Path root = Path.of(System.getProperty("launchcheck.root", "..")).toAbsolutePath().normalize();
                E2eSystem system = new E2eSystem(root);
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(E2eSystem.class.getName(), system);
                instance = system;
                system.startAll();
            }
        }
    }

    private void startAll() throws IOException, InterruptedException {
        registry.start();
        registry.awaitReady(START_TIMEOUT);
        rules.start();
        gateway.start();
        rules.awaitReady(START_TIMEOUT);
        gateway.awaitReady(START_TIMEOUT);
        // fetched now, while every service is up (FailClosedIT stops the rules-service for a while)
        for (ServiceProcess service : new ServiceProcess[] {registry, rules, gateway}) {
            CONTRACT.register(service.baseUrl(), OpenApiContract.served(service.name(), service.baseUrl()));
        }
        RestAssured.filters(CONTRACT);
    }

    /** The gateway's served OpenAPI document. */
    OpenApiContract gatewayContract() {
        return OpenApiContract.served("gateway", gateway.baseUrl());
    }

    void restartRegistry() throws IOException, InterruptedException {
        registry.start();
        registry.awaitReady(START_TIMEOUT);
    }

    void restartRules() throws IOException, InterruptedException {
        rules.start();
        rules.awaitReady(START_TIMEOUT);
    }

    void restartGateway() throws IOException, InterruptedException {
        gateway.start();
        gateway.awaitReady(START_TIMEOUT);
    }

    @Override
    public void close() throws Exception {
        System.out.println(CONTRACT.summary());
        for (ServiceProcess service : new ServiceProcess[] {gateway, rules, registry}) {
            if (service != null) {
                service.stop();
            }
        }
        dropDatabase(registryDb);
        dropDatabase(gatewayDb);
    }

    private static Path jar(Path root, String module) {
        return root.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void createFreshDatabase(String name) {
        dropDatabase(name);
        execute("CREATE DATABASE " + name);
    }

    private static void dropDatabase(String name) {
        if (name != null) {
            execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(DB_URL + "postgres", DB_USER, DB_PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot run '" + sql + "' on " + DB_URL
                    + " as " + DB_USER + "; run scripts/ensure-postgres.sh first", e);
        }
    }
}
