package org.dicomstandard.quotable.teams.botframework;

import io.micrometer.core.instrument.Counter;
import io.micronaut.json.JsonMapper;
import org.dicomstandard.quotable.api.ThrottledWarning;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;

/**
 * Sends replies through the Bot Connector REST API ({@code POST {serviceUrl}/v3/conversations/{id}/activities/{activityId}}),
 * off the request thread, so a slow or failing Connector never holds up Teams' request. Only service URLs that
 * arrived in authenticated requests are ever called (a token for the bot goes to no other host). A failed
 * send is one WARN line (at most one a minute) and a count in {@code quotable.teams.connector.failures}.
 */
final class Connector {
    private static final Logger LOG = LoggerFactory.getLogger(Connector.class);
    /** Teams uses a handful of regional service URLs; the bound only stops the set growing without end. */
    static final int MAX_SERVICE_URLS = 1000;
    static final Duration TIMEOUT = Duration.ofSeconds(15);

    private final ConnectorToken token;
    private final HttpClient http;
    private final Executor background;
    private final JsonMapper json;
    private final Counter failures;
    private final ThrottledWarning failed = new ThrottledWarning(LOG);
    private final Set<String> trusted = ConcurrentHashMap.newKeySet();

    Connector(ConnectorToken token, HttpClient http, Executor background, JsonMapper json, Counter failures) {
        this.token = token;
        this.http = http;
        this.background = background;
        this.json = json;
        this.failures = failures;
    }

    /** Records a service URL an authenticated request came with. */
    void trust(String serviceUrl) {
        if (trusted.size() < MAX_SERVICE_URLS) trusted.add(serviceUrl);
    }

    /** Queues {@code message} (type, text or attachments) as the reply to {@code to}; returns at once. */
    void reply(Activity to, Map<String, Object> message) {
        if (!to.repliable()) {
            fail("the Activity names no conversation or id to reply to");
            return;
        }
        if (!trusted.contains(to.serviceUrl())) {
            fail("its service URL did not come with an authenticated request");
            return;
        }
        Map<String, Object> reply = new LinkedHashMap<>(message);
        reply.put("from", to.recipient());
        reply.put("recipient", to.from());
        reply.put("conversation", to.conversation());
        reply.put("replyToId", to.id());
        URI uri = URI.create(to.serviceUrl().replaceAll("/+$", "") + "/v3/conversations/" + segment(to.conversation().id())
                + "/activities/" + segment(to.id()));
        background.execute(() -> send(uri, reply));
    }

    private void send(URI uri, Map<String, Object> reply) {
        try {
            byte[] body = json.writeValueAsBytes(reply);
            HttpResponse<Void> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT)
                    .header("Authorization", "Bearer " + token.get()).header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.discarding());
            if (r.statusCode() == 401 || r.statusCode() == 403) token.forget();
            if (r.statusCode() / 100 != 2) fail("the Connector answered HTTP " + r.statusCode());
        } catch (IOException e) {
            fail(SigningKeys.describe(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        } catch (RuntimeException e) {
            LOG.error("Teams: a reply could not be sent", e);
            failures.increment();
        }
    }

    private void fail(String why) {
        failures.increment();
        failed.warn("Teams: a reply was not delivered: " + why + " (see the metric quotable.teams.connector.failures)");
    }

    /** One path segment: Teams' conversation ids hold ':', '@' and ';'. */
    private static String segment(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
