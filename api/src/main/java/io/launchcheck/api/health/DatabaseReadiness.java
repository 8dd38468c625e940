package io.launchcheck.api.health;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Readiness of a service's database that answers within a bound even when the database hangs or refuses:
 * Quarkus' own datasource check waits for the pool's acquisition timeout, longer than a probe should. The
 * check borrows a connection from the pool on a thread of its own and reports DOWN when that takes longer than
 * the bound; while one such attempt is still running, the next check is DOWN at once instead of piling up.
 * A service extends it as a {@code @Readiness} bean.
 */
public abstract class DatabaseReadiness implements HealthCheck {

    /** The default bound, under a probe's usual one-second timeout. */
    public static final Duration DEFAULT_BOUND = Duration.ofMillis(500);

    private final DataSource dataSource;
    private final Duration bound;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "database-readiness");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Boolean> running;

    protected DatabaseReadiness(DataSource dataSource, Duration bound) {
        this.dataSource = dataSource;
        this.bound = bound;
    }

    @Override
    public HealthCheckResponse call() {
        Future<Boolean> check;
        synchronized (this) {
            if (running != null && !running.isDone()) {
                return down("the previous check is still waiting for the database");
            }
            check = executor.submit(this::valid);
            running = check;
        }
        try {
            return check.get(bound.toMillis(), TimeUnit.MILLISECONDS) ? HealthCheckResponse.up("database")
                    : down("the database refused a connection check");
        } catch (TimeoutException e) {
            return down("no connection within " + bound.toMillis() + " ms");
        } catch (ExecutionException e) {
            return down("unreachable");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return down("interrupted");
        }
    }

    private boolean valid() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid((int) Math.max(1, bound.toSeconds()));
        }
    }

    private static HealthCheckResponse down(String reason) {
        return HealthCheckResponse.named("database").down().withData("reason", reason).build();
    }
}
