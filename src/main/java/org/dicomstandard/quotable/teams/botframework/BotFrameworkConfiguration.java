package org.dicomstandard.quotable.teams.botframework;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The registered Teams bot, from the environment: {@code TEAMS_APP_ID} and {@code TEAMS_APP_PASSWORD}
 * (the bot's Microsoft app id and client secret), {@code TEAMS_TENANT_ID} for a single-tenant bot, and
 * {@code TEAMS_OPENID_METADATA} / {@code TEAMS_TOKEN_URL} for sovereign clouds and tests. Without the
 * id and the password {@code POST /api/messages} is off and the rest runs.
 *
 * @param appId          the bot's Microsoft app id: the audience every incoming token must name
 * @param appPassword    the app's client secret, used only to ask for the token replies are sent with
 * @param tenantId       the bot's own tenant, for a single-tenant bot; null for a multi-tenant one
 * @param openidMetadata where the Bot Framework publishes the keys it signs incoming requests with
 * @param tokenUrl       the client-credentials endpoint; null for the Bot Framework's (or the tenant's) default
 */
@ConfigurationProperties("teams")
public record BotFrameworkConfiguration(
        @Nullable String appId,
        @Nullable String appPassword,
        @Nullable String tenantId,
        @Bindable(defaultValue = DEFAULT_OPENID_METADATA) String openidMetadata,
        @Nullable String tokenUrl) {
    public static final String DEFAULT_OPENID_METADATA = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    static final String MULTI_TENANT_TOKEN_URL = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    public boolean on() {
        return appId != null && !appId.isBlank() && appPassword != null && !appPassword.isBlank();
    }

    /** {@code TEAMS_TOKEN_URL} if set, else the tenant's endpoint for a single-tenant bot, else the Bot Framework's. */
    URI tokenEndpoint() {
        if (tokenUrl != null && !tokenUrl.isBlank()) return web(tokenUrl);
        if (tenantId != null && !tenantId.isBlank()) {
            return web("https://login.microsoftonline.com/" + URLEncoder.encode(tenantId.strip(), StandardCharsets.UTF_8) + "/oauth2/v2.0/token");
        }
        return web(MULTI_TENANT_TOKEN_URL);
    }

    URI openidMetadataUri() {
        return web(openidMetadata);
    }

    /** An absolute http(s) address; anything else is a configuration mistake ({@link IllegalArgumentException}). */
    private static URI web(String url) {
        URI uri = URI.create(url.strip());
        if (uri.getHost() == null || !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
            throw new IllegalArgumentException("not an http(s) URL");
        }
        return uri;
    }

    /** Never prints the password. */
    @Override
    public String toString() {
        return "BotFrameworkConfiguration[appId=" + appId + ", appPassword=" + (appPassword == null || appPassword.isBlank() ? "(none)" : "(set)")
                + ", tenantId=" + tenantId + ", openidMetadata=" + openidMetadata + ", tokenUrl=" + tokenUrl + "]";
    }
}
