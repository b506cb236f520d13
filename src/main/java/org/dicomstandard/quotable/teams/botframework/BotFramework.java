package org.dicomstandard.quotable.teams.botframework;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpStatus;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import jakarta.inject.Named;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.api.ThrottledWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutorService;

/**
 * The Bot Framework endpoint as configured: on, with its token check, Connector and handler, or off, which
 * the log says once at start (created with the application). Every request is authenticated before its
 * body is read as an Activity; a refusal is a 401 and at most one WARN line a minute. No password, token
 * or JWT is ever logged.
 */
@Context
final class BotFramework {
    private static final Logger LOG = LoggerFactory.getLogger(BotFramework.class);
    static final Duration MIN_KEY_REFRESH = Duration.ofMinutes(1);

    private final JsonMapper json;
    private final ThrottledWarning refusals = new ThrottledWarning(LOG);
    private final Counter refused;
    private final TokenCheck check;
    private final Connector connector;
    private final ActivityHandler handler;

    BotFramework(BotFrameworkConfiguration config, Answering answers, JsonMapper json, Clock clock, MeterRegistry metrics,
                 @Named(TaskExecutors.BLOCKING) ExecutorService background) {
        this.json = json;
        this.refused = metrics.counter("quotable.teams.botframework.refused");
        TokenCheck tokenCheck = null;
        Connector sender = null;
        if (!config.on()) {
            LOG.info("Teams (Bot Framework) is off: TEAMS_APP_ID and TEAMS_APP_PASSWORD are not set, so POST /api/messages answers 503. The rest runs.");
        } else {
            try {
                HttpClient http = HttpClient.newBuilder().connectTimeout(SigningKeys.TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
                SigningKeys keys = new SigningKeys(config.openidMetadataUri(), http, clock, MIN_KEY_REFRESH);
                tokenCheck = new TokenCheck(keys, config.appId().strip(), clock);
                ConnectorToken token = new ConnectorToken(config.tokenEndpoint(), config.appId().strip(), config.appPassword(), http, clock);
                sender = new Connector(token, http, background, json, metrics.counter("quotable.teams.connector.failures"));
                LOG.info("Teams (Bot Framework) is on: POST /api/messages answers Activities signed for app {}{}.", config.appId().strip(),
                        config.tenantId() == null || config.tenantId().isBlank() ? "" : " (single-tenant)");
            } catch (IllegalArgumentException e) {
                LOG.error("Teams (Bot Framework) is off: TEAMS_OPENID_METADATA or TEAMS_TOKEN_URL is not a URL. The rest runs.");
                tokenCheck = null;
                sender = null;
            }
        }
        this.check = tokenCheck;
        this.connector = sender;
        this.handler = sender == null ? null : new ActivityHandler(answers, sender);
    }

    boolean on() {
        return check != null;
    }

    /** The response body for an authenticated Activity (null: an empty 200), or an {@link HttpProblem}. */
    Map<String, Object> handle(@Nullable String authorization, byte[] body) {
        if (!on()) {
            throw HttpProblem.channelOff("Teams (Bot Framework) is off on this server: TEAMS_APP_ID and TEAMS_APP_PASSWORD are not set.");
        }
        try {
            TokenCheck.Verified token = check.verify(authorization);
            Activity activity = parse(body);
            token.admit(activity);
            connector.trust(activity.serviceUrl());
            return handler.handle(activity);
        } catch (TokenCheck.Refused r) {
            refused.increment();
            refusals.warn("Teams: refused a request to /api/messages: " + r.getMessage()
                    + " (a wrong TEAMS_APP_ID refuses every request; see the metric quotable.teams.botframework.refused)");
            throw HttpProblem.unauthorized("The request does not carry a valid Bot Framework token.", "Bearer");
        } catch (SigningKeys.Unavailable e) {
            throw new HttpProblem(HttpStatus.SERVICE_UNAVAILABLE, "Teams: the Bot Framework signing keys cannot be read just now; try again later.");
        }
    }

    private Activity parse(byte[] body) {
        try {
            Activity a = json.readValue(body, Argument.of(Activity.class));
            if (a != null) return a;
        } catch (IOException | RuntimeException e) {
            LOG.debug("Teams: a signed request's body is not an Activity ({})", e.getClass().getSimpleName());
        }
        throw HttpProblem.badRequest("The body is not a Bot Framework Activity.");
    }
}
