package org.dicomstandard.quotable.slack;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Slack settings from the environment: {@code SLACK_SIGNING_SECRET} turns the bot on,
 * {@code SLACK_BOT_TOKEN} adds mentions and direct messages, {@code SLACK_APP_TOKEN} runs it over
 * Socket Mode instead of HTTP. {@link #toString()} never prints a secret.
 *
 * @param command        the slash command's name
 * @param apiUrl         the Slack Web API's base URL (tests point it at a local fake)
 * @param channelAudiences the default audience per channel, {@code C0PRESS=journalists,C0VEND=vendors}
 *                       ({@code SLACK_CHANNEL_AUDIENCES}): a question there without "for …" is for that audience
 */
@ConfigurationProperties("slack")
public record SlackConfiguration(
        @Nullable String signingSecret,
        @Nullable String botToken,
        @Nullable String appToken,
        @Bindable(defaultValue = "/wg14") String command,
        @Nullable String apiUrl,
        @Nullable String channelAudiences) {

    /** The default audience of a Slack channel, or null when it has none. */
    public String audienceOf(String channelId) {
        if (channelAudiences == null || channelId == null) return null;
        for (String pair : channelAudiences.split(",")) {
            String[] kv = pair.split("=", 2);
            if (kv.length == 2 && kv[0].strip().equalsIgnoreCase(channelId)) return kv[1].strip();
        }
        return null;
    }

    /** The Slack SDK client, pointed at {@link #apiUrl} when one is set (tests use a local fake). */
    public com.slack.api.Slack client() {
        com.slack.api.SlackConfig sdk = new com.slack.api.SlackConfig();
        if (apiUrl != null && !apiUrl.isBlank()) sdk.setMethodsEndpointUrlPrefix(apiUrl.replaceAll("/*$", "/"));
        return com.slack.api.Slack.getInstance(sdk);
    }

    public boolean enabled() {
        return present(signingSecret);
    }

    public boolean hasBotToken() {
        return present(botToken);
    }

    public boolean socketMode() {
        return present(appToken);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    @Override
    public String toString() {
        return "SlackConfiguration[signingSecret=" + (enabled() ? "(set)" : "(none)") + ", botToken=" + (hasBotToken() ? "(set)" : "(none)")
                + ", appToken=" + (socketMode() ? "(set)" : "(none)") + ", command=" + command + ", apiUrl=" + apiUrl + ", channelAudiences=" + channelAudiences + "]";
    }
}
