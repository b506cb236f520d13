package org.dicomstandard.quotable.api;

import org.slf4j.Logger;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One WARN line per period, however many times the event happens: a flood of forged requests
 * must not become a flood of log. The line says how many were refused since the last one.
 */
public final class ThrottledWarning {
    private final Logger log;
    private final long periodMillis;
    private final Clock clock;
    private final AtomicLong nextAt = new AtomicLong(Long.MIN_VALUE);
    private final AtomicLong suppressed = new AtomicLong();

    public ThrottledWarning(Logger log, long periodMillis, Clock clock) {
        this.log = log;
        this.periodMillis = periodMillis;
        this.clock = clock;
    }

    public ThrottledWarning(Logger log) {
        this(log, 60_000, Clock.systemUTC());
    }

    /** Logs {@code message} (no secrets in it: it is the caller's) unless a line went out within the period. */
    public void warn(String message) {
        long now = clock.millis();
        long next = nextAt.get();
        if (now < next || !nextAt.compareAndSet(next, now + periodMillis)) {
            suppressed.incrementAndGet();
            return;
        }
        long others = suppressed.getAndSet(0);
        if (others == 0) log.warn(message);
        else log.warn("{} ({} more like it since the last warning)", message, others);
    }
}
