package io.launchcheck.load;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Sends requests at a constant rate whatever the answers do (open model). A request's latency runs from the
 * moment it was due, not from when it was sent, so a client that fell behind still counts the wait.
 */
final class OpenModel {

    private OpenModel() {
    }

    static Result run(HttpClient client, LoadTool.Target target, int perSecond, int seconds, boolean warmup)
            throws InterruptedException {
        long total = (long) perSecond * seconds;
        long periodNanos = 1_000_000_000L / perSecond;
        Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong errors = new AtomicLong();
        CountDownLatch done = new CountDownLatch((int) total);
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            client.sendAsync(target.request(), HttpResponse.BodyHandlers.ofByteArray()).whenComplete((response, failure) -> {
                long micros = (System.nanoTime() - due) / 1000;
                latency.recordValue(Math.min(micros, latency.getHighestTrackableValue()));
                if (failure != null || response.statusCode() != target.expect()) {
                    if (errors.incrementAndGet() <= 3 && !warmup) {
                        System.err.println("error: " + (failure != null ? failure : "status " + response.statusCode() + " "
                                + new String(response.body(), StandardCharsets.UTF_8)));
                    }
                }
                done.countDown();
            });
        }
        if (!done.await(60, TimeUnit.SECONDS)) {
            System.err.println("error: " + done.getCount() + " requests still unanswered after 60 s");
            errors.addAndGet(done.getCount());
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result("", "open", perSecond, total - done.getCount(), errors.get(), elapsed, latency);
    }
}
