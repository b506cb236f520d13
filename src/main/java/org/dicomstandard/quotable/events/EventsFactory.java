package org.dicomstandard.quotable.events;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.nio.file.Path;
import java.time.Clock;

/**
 * Wires the event store from the same variables the CLI reads ({@code QUOTABLE_DB_URL},
 * {@code QUOTABLE_DB_USER}, {@code QUOTABLE_DB_PASSWORD}, {@code QUOTABLE_DATA}, {@code QUOTABLE_RETENTION}).
 * Nothing here touches the database: it is opened by the first flush, so the service starts while it is away.
 */
@Factory
class EventsFactory {

    @Singleton
    EventSettings eventSettings(@Nullable @Value("${quotable.db.url:}") String url, @Nullable @Value("${quotable.db.user:}") String user,
                                @Nullable @Value("${quotable.db.password:}") String password, @Value("${quotable.data:data}") String data,
                                @Nullable @Value("${quotable.retention:}") String retention) {
        return EventSettings.of(url, user, password, Path.of(data), retention);
    }

    /**
     * @param capacity        different events held in memory while the database is away (quotable.events.capacity)
     * @param questionsPerDay distinct question texts kept word for word per day and replica (quotable.events.questions-per-day)
     */
    @Singleton
    @Bean(preDestroy = "close")
    Events events(EventSettings settings, Clock clock, MeterRegistry metrics, @Value("${quotable.events.capacity:50000}") int capacity,
                  @Value("${quotable.events.questions-per-day:10000}") int questionsPerDay) {
        Events events = new Events(new EventStore(settings), clock, capacity, questionsPerDay);
        metrics.gauge("quotable.events.pending", events, e -> e.status().pending());
        metrics.gauge("quotable.events.dropped", events, e -> e.status().dropped());
        return events;
    }
}
