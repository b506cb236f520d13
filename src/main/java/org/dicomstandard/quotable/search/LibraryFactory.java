package org.dicomstandard.quotable.search;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.library.ServingRules;

import java.io.IOException;
import java.time.Clock;

/** Wires the live library, its file watcher and the unanswered-questions log into the application. */
@Factory
class LibraryFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Context
    @Bean(preDestroy = "close")
    LiveLibrary liveLibrary(QuotableConfiguration config, Clock clock) {
        return new LiveLibrary(config.libraryPath(), new ServingRules(config.hideOverdueFromPublic()), clock);
    }

    @Context
    @Requires(property = "quotable.watch", notEquals = "false")
    @Bean(preDestroy = "close")
    LibraryWatcher libraryWatcher(LiveLibrary library) throws IOException {
        return new LibraryWatcher(library, 300);
    }

    @Singleton
    @Bean(preDestroy = "close")
    MissLog missLog(QuotableConfiguration config, Clock clock) {
        return new MissLog(config.dataPath(), clock);
    }
}
