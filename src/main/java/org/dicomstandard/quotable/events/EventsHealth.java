package org.dicomstandard.quotable.events;

import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The events' part of {@code /health}: UP while events are written; DEGRADED (still 200, still
 * answering) with the reason while the database cannot take them. Back to UP by itself when it can.
 */
@Singleton
public final class EventsHealth implements HealthIndicator {
    /** The same status the library's health uses: serving, with a problem to fix. */
    public static final HealthStatus DEGRADED = new HealthStatus("DEGRADED", "serving, with a problem to fix", true, 1);
    private final Events events;

    EventsHealth(Events events) {
        this.events = events;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        Events.Status s = events.status();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("database", s.database());
        details.put("waiting", s.pending());
        details.put("dropped", s.dropped());
        details.put("lastWrite", s.lastWrite() == null ? null : s.lastWrite().toString());
        if (!s.ok()) details.put("reason", s.problem());
        return Publishers.just(HealthResult.builder("events", s.ok() ? HealthStatus.UP : DEGRADED).details(details).build());
    }
}
