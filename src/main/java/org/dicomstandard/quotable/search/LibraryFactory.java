package org.dicomstandard.quotable.search;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.library.ServingRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Wires the live library (after any checkout, see {@link LibraryCheckout}), its file watcher and the unanswered-questions log into the application. */
@Factory
class LibraryFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Context
    @Bean(preDestroy = "close")
    // The settings by name, not QuotableConfiguration: the root package depends on search (through cli), not back.
    LiveLibrary liveLibrary(@Value("${quotable.library:.}") Path library, @Value("${quotable.hide-overdue-from-public:true}") boolean hideOverdue,
                            Clock clock, List<LibraryCheckout> checkouts) {
        try {
            for (LibraryCheckout checkout : checkouts) checkout.prepare(); // e.g. clone, so the first load finds the files
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new LiveLibrary(library, new ServingRules(hideOverdue), clock);
    }

    @Context
    @Requires(property = "quotable.watch", notEquals = "false")
    // With git sync the clone changes only by fast-forward, which reloads by itself; a watcher
    // would reload a second time, mid-checkout, and hide the commit from the reload status.
    @Requires(missingProperty = "quotable.git.remote")
    @Bean(preDestroy = "close")
    LibraryWatcher libraryWatcher(LiveLibrary library, @Value("${quotable.watch-quiet:500ms}") Duration quiet) throws IOException {
        return new LibraryWatcher(library, quiet.toMillis());
    }

    @Singleton
    @Bean(preDestroy = "close")
    MissLog missLog(@Value("${quotable.data:data}") Path data, Clock clock) {
        return new MissLog(data.toAbsolutePath().normalize(), clock);
    }
}
