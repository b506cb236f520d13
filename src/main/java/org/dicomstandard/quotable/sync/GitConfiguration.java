package org.dicomstandard.quotable.sync;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import org.dicomstandard.quotable.library.Durations;

import java.time.Duration;

/**
 * Git sync settings, from the environment: {@code QUOTABLE_GIT_REMOTE}, {@code QUOTABLE_GIT_BRANCH},
 * {@code QUOTABLE_GIT_FETCH_INTERVAL}, {@code QUOTABLE_GIT_TOKEN} and {@code GITHUB_WEBHOOK_SECRET}
 * (mapped to {@code webhook-secret} in application.yml). The clone lives in the library folder
 * ({@code QUOTABLE_LIBRARY}).
 *
 * @param remote        the library repository to clone; none: git sync is off and the folder is served as it is
 * @param branch        the branch served; pushes to other branches are ignored
 * @param fetchInterval how often to fetch in case a webhook was lost ({@code 0} never; {@code 30s}, {@code 5m}, ...)
 * @param webhookSecret the secret of the GitHub webhook; none: {@code POST /hooks/github} is off
 * @param token         a token for an HTTPS remote that needs one (sent as the password of user x-access-token)
 */
@ConfigurationProperties("quotable.git")
public record GitConfiguration(
        @Nullable String remote,
        @Bindable(defaultValue = "main") String branch,
        @Bindable(defaultValue = "5m") String fetchInterval,
        @Nullable String webhookSecret,
        @Nullable String token) {

    /** The fetch interval; {@link Duration#ZERO} means never. A value that is not a length of time stops the start. */
    public Duration fetchEvery() {
        return Durations.setting("QUOTABLE_GIT_FETCH_INTERVAL", fetchInterval);
    }

    public boolean enabled() {
        return remote != null && !remote.isBlank();
    }

    public boolean hasWebhookSecret() {
        return webhookSecret != null && !webhookSecret.isBlank();
    }

    public boolean hasToken() {
        return token != null && !token.isBlank();
    }

    /** Removes the user and password of every URL in {@code text}, for logs, health and errors. */
    public static String redact(@Nullable String text) {
        return text == null ? null : text.replaceAll("(://)[^/@\\s]+@", "$1");
    }

    /** Never prints the webhook secret, the token or credentials in the remote's URL. */
    @Override
    public String toString() {
        return "GitConfiguration[remote=" + (enabled() ? redact(remote) : "(none)") + ", branch=" + branch
                + ", fetchInterval=" + fetchInterval + ", webhookSecret=" + (hasWebhookSecret() ? "(set)" : "(none)")
                + ", token=" + (hasToken() ? "(set)" : "(none)") + "]";
    }
}
