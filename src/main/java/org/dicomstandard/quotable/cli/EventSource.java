package org.dicomstandard.quotable.cli;

import org.dicomstandard.quotable.events.EventSettings;
import org.dicomstandard.quotable.events.EventStore;

import java.util.function.Function;

/** The event database the service uses, found from the same variables ({@code QUOTABLE_DB_URL}, {@code QUOTABLE_DATA}, …). */
final class EventSource {
    private EventSource() {
    }

    static EventStore fromEnvironment(Function<String, String> env) throws Cli.UsageException {
        try {
            return new EventStore(EventSettings.fromEnvironment(env));
        } catch (IllegalArgumentException e) {
            throw new Cli.UsageException(e.getMessage());
        }
    }
}
