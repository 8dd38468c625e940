package io.launchcheck.load;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** C callers that each send the next request when the last one is answered (closed model): maximum throughput. */
final class ClosedModel {

    private ClosedModel() {
    }

    static Result run(HttpClient client, LoadTool.Target target, int concurrency, int seconds) throws InterruptedException {
        Histogram latency = new ConcurrentHistogram(TimeUnit.SECONDS.toMicros(60), 3);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        long start = System.nanoTime();
        long end = start + TimeUnit.SECONDS.toNanos(seconds);
        List<Thread> callers = new ArrayList<>();
        for (int c = 0; c < concurrency; c++) {
            Thread caller = new Thread(() -> {
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    boolean ok;
                    try {
                        ok = client.send(target.request(), HttpResponse.BodyHandlers.discarding()).statusCode() == target.expect();
                    } catch (Exception e) {
                        ok = false;
                    }
                    latency.recordValue(Math.min((System.nanoTime() - sent) / 1000, latency.getHighestTrackableValue()));
                    requests.incrementAndGet();
                    if (!ok) {
                        errors.incrementAndGet();
                    }
                }
            }, "caller-" + c);
            caller.start();
            callers.add(caller);
        }
        for (Thread caller : callers) {
            caller.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        return new Result("", "closed x" + concurrency, 0, requests.get(), errors.get(), elapsed, latency);
    }
}
