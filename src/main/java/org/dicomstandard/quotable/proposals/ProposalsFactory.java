package org.dicomstandard.quotable.proposals;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.github.GitHubConfiguration;

import java.time.Clock;

/** Proposals exist only with {@code QUOTABLE_GITHUB_TOKEN} and {@code QUOTABLE_GITHUB_REPO}; chat offers no "Draft a reply" without them. */
@Factory
class ProposalsFactory {

    @Singleton
    @Requires(property = "quotable.github.token")
    @Requires(property = "quotable.github.repo")
    Proposals proposals(GitHubConfiguration github, QuotableConfiguration config, Clock clock) {
        return new Proposals(github.client().orElseThrow(), config::libraryPath, clock);
    }
}
