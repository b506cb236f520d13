package org.dicomstandard.quotable.sync;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.github.GitHubConfiguration;
import org.dicomstandard.quotable.search.LiveLibrary;

import java.time.Clock;

/**
 * Wires git sync when {@code QUOTABLE_GIT_REMOTE} is set: the clone (prepared before the library's
 * first load, as a {@link org.dicomstandard.quotable.search.LibraryCheckout}) and the sync that
 * keeps it current.
 */
@Factory
class SyncFactory {

    @Singleton
    @Requires(property = "quotable.git.remote")
    @Bean(preDestroy = "close")
    GitClone gitClone(GitConfiguration git, QuotableConfiguration config) {
        return new GitClone(config.libraryPath(), git.remote(), git.branch(), git.token());
    }

    @Context
    @Requires(property = "quotable.git.remote")
    @Bean(preDestroy = "close")
    GitSync gitSync(GitClone clone, LiveLibrary library, Provenance provenance, GitConfiguration git, Clock clock,
                    GitHubConfiguration github, QuotableConfiguration config) {
        ReviewVerification verification = github.client().map(c -> new ReviewVerification(c, config.dataPath())).orElse(null);
        GitSync sync = new GitSync(clone, library, provenance, git.fetchEvery(), clock, verification);
        sync.start();
        return sync;
    }
}
