package org.dicomstandard.quotable.events;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;

/** Writes recorded events every second (or so, see {@code quotable.events.flush-interval}) and prunes old ones daily. */
@Singleton
class EventsSchedule {
    private final Events events;

    EventsSchedule(Events events) {
        this.events = events;
    }

    @Scheduled(fixedDelay = "${quotable.events.flush-interval:1s}", initialDelay = "0s")
    void flush() {
        events.tick();
    }

    /** Also shortly after start: a service restarted daily would otherwise never prune. */
    @Scheduled(fixedDelay = "1d", initialDelay = "1m")
    void prune() {
        events.prune();
    }
}
