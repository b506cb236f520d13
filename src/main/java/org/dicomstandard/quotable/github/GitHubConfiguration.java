package org.dicomstandard.quotable.github;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import org.dicomstandard.quotable.library.Durations;

import java.util.Optional;

/**
 * The service's access to the library's GitHub repository, from {@code QUOTABLE_GITHUB_TOKEN},
 * {@code QUOTABLE_GITHUB_REPO} ({@code owner/name}), {@code QUOTABLE_GITHUB_API} and
 * {@code QUOTABLE_GITHUB_TIMEOUT}. Without a token and a repository, approvals stay unverified and
 * replies cannot be proposed from chat.
 */
@ConfigurationProperties("quotable.github")
public record GitHubConfiguration(
        @Nullable String token,
        @Nullable String repo,
        @Bindable(defaultValue = GitHubClient.DEFAULT_API) String api,
        @Bindable(defaultValue = "10s") String timeout) {

    public boolean enabled() {
        return token != null && !token.isBlank() && repo != null && !repo.isBlank();
    }

    /** A client, when a token and a repository are set. */
    public Optional<GitHubClient> client() {
        return enabled() ? Optional.of(new GitHubClient(api, repo, token, Durations.setting("QUOTABLE_GITHUB_TIMEOUT", timeout)))
                : Optional.empty();
    }

    /** Never prints the token. */
    @Override
    public String toString() {
        return "GitHubConfiguration[repo=" + repo + ", api=" + api + ", token=" + (token == null || token.isBlank() ? "(none)" : "(set)")
                + ", timeout=" + timeout + "]";
    }
}
