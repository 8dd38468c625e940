package io.launchcheck.e2e;

import java.time.Duration;
import java.util.function.Supplier;

/** Retries a check until it passes or a generous deadline ends; the last failure is rethrown. */
final class Eventually {

    private Eventually() {
    }

    static <T> T within(Duration timeout, Supplier<T> check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        AssertionError last = null;
        while (System.nanoTime() < deadline) {
            try {
                return check.get();
            } catch (AssertionError e) {
                last = e;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw last != null ? last : new AssertionError("no attempt within " + timeout);
    }
}
