package io.launchcheck.gateway.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The gateway's clock, injected wherever "now" decides something (waiver expiry, webhook retries). It is the
 * system's UTC clock plus an offset that is zero unless tests move it (directly in module tests; through
 * {@code PUT /api/v1/test-clock}, off by default, in end-to-end tests). A singleton, so it is injected as a
 * {@link Clock} without a proxy.
 */
@Singleton
public class GatewayClock extends Clock {

    private final Clock base = Clock.systemUTC();
    private volatile Duration offset = Duration.ZERO;

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(base, offset).withZone(zone);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset);
    }

    public Duration offset() {
        return offset;
    }

    /** Moves the clock to {@code offset} from real time (tests only). */
    public void setOffset(Duration offset) {
        this.offset = offset == null ? Duration.ZERO : offset;
    }
}
