package org.dicomstandard.quotable.teams.botframework;

import com.nimbusds.jose.util.JSONObjectUtils;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * The token replies are sent with: OAuth 2.0 client credentials (the bot's app id and password) for the
 * scope {@code https://api.botframework.com/.default}, kept until five minutes before it expires (or half
 * its life, if that is shorter). Neither the password nor the token ever appears in a message of this class.
 */
final class ConnectorToken {
    static final String SCOPE = "https://api.botframework.com/.default";
    private static final Duration MARGIN = Duration.ofMinutes(5);

    private final URI endpoint;
    private final String form;
    private final HttpClient http;
    private final Clock clock;
    private String token;
    private Instant renewAt = Instant.MIN;

    ConnectorToken(URI endpoint, String appId, String appPassword, HttpClient http, Clock clock) {
        this.endpoint = endpoint;
        this.form = "grant_type=client_credentials&client_id=" + enc(appId) + "&client_secret=" + enc(appPassword) + "&scope=" + enc(SCOPE);
        this.http = http;
        this.clock = clock;
    }

    /** A valid token, from the cache or freshly asked for; runs off the request thread (it may wait on the network). */
    synchronized String get() throws IOException, InterruptedException {
        if (token != null && clock.instant().isBefore(renewAt)) return token;
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(endpoint).timeout(SigningKeys.TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        try {
            Map<String, Object> answer = JSONObjectUtils.parse(r.body());
            if (r.statusCode() != 200) {
                throw new IOException("the token endpoint answered HTTP " + r.statusCode() + " (" + JSONObjectUtils.getString(answer, "error") + ")");
            }
            String fresh = JSONObjectUtils.getString(answer, "access_token");
            Object expiresIn = answer.get("expires_in");
            long seconds = expiresIn instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(expiresIn));
            if (fresh == null || fresh.isBlank() || seconds <= 0) throw new IOException("the token endpoint's answer has no access_token or expires_in");
            Duration life = Duration.ofSeconds(seconds);
            Duration margin = life.dividedBy(2).compareTo(MARGIN) < 0 ? life.dividedBy(2) : MARGIN;
            token = fresh;
            renewAt = clock.instant().plus(life).minus(margin);
            return token;
        } catch (ParseException | NumberFormatException e) {
            throw new IOException("the token endpoint answered HTTP " + r.statusCode() + " with a body that is not a token response");
        }
    }

    /** Drops the cached token, e.g. after the Connector refused it. */
    synchronized void forget() {
        token = null;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
