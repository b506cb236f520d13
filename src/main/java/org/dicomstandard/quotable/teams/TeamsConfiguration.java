package org.dicomstandard.quotable.teams;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;

/**
 * The Teams channel's setting, from {@code TEAMS_WEBHOOK_SECRET} ({@code teams.webhook-secret}):
 * the security token Teams shows once when the outgoing webhook is created, base64 as shown.
 * Without it the channel is off and the rest of the service runs.
 *
 * @param webhookSecret the token, base64; null or blank when Teams is not set up
 */
@ConfigurationProperties("teams")
public record TeamsConfiguration(@Nullable String webhookSecret) {

    public boolean hasSecret() {
        return webhookSecret != null && !webhookSecret.isBlank();
    }

    /** Never prints the secret. */
    @Override
    public String toString() {
        return "TeamsConfiguration[webhookSecret=" + (hasSecret() ? "(set)" : "(none)") + "]";
    }
}
