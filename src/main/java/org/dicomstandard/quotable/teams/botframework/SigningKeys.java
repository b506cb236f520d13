package org.dicomstandard.quotable.teams.botframework;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keys the Bot Framework signs its requests with, as its OpenID metadata names them: the metadata
 * document gives {@code jwks_uri}, that gives the keys, each with the channels it is endorsed for.
 * Kept in memory and read again once a day, or sooner when a token names a key id not seen yet (Microsoft
 * rolls keys); such a read happens at most once per {@code minRefresh}, so forged key ids cannot make the
 * service hammer the metadata endpoint.
 */
final class SigningKeys {
    private static final Logger LOG = LoggerFactory.getLogger(SigningKeys.class);
    static final Duration MAX_AGE = Duration.ofHours(24);
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** A signing key and the channel ids it is endorsed for (empty: no endorsements published). */
    record Key(RSAKey rsa, List<String> endorsements) {
    }

    /** The keys could not be read and none are known: no token can be checked. */
    static final class Unavailable extends Exception {
        Unavailable(String message) {
            super(message, null, false, false);
        }
    }

    private final URI metadata;
    private final HttpClient http;
    private final Clock clock;
    private final Duration minRefresh;
    private volatile Map<String, Key> keys = Map.of();
    private volatile Instant loadedAt;
    private Instant lastTry;

    SigningKeys(URI metadata, HttpClient http, Clock clock, Duration minRefresh) {
        this.metadata = metadata;
        this.http = http;
        this.clock = clock;
        this.minRefresh = minRefresh;
    }

    /** The key with this id, or null when the metadata does not list it (after a refresh, if one is allowed). */
    Key find(String kid) throws Unavailable {
        Key key = current().get(kid);
        if (key != null) return key;
        synchronized (this) {
            key = keys.get(kid);
            if (key == null && mayTry()) key = load().get(kid);
        }
        return key;
    }

    private Map<String, Key> current() throws Unavailable {
        Map<String, Key> known = keys;
        if (!known.isEmpty() && !stale()) return known;
        synchronized (this) {
            if (stale() && mayTry()) load();
            if (keys.isEmpty()) throw new Unavailable("the Bot Framework signing keys could not be read from " + metadata);
            return keys;
        }
    }

    private boolean stale() {
        Instant loaded = loadedAt;
        return loaded == null || clock.instant().isAfter(loaded.plus(MAX_AGE));
    }

    private boolean mayTry() {
        return lastTry == null || !clock.instant().isBefore(lastTry.plus(minRefresh));
    }

    /** Reads the keys; on failure keeps the ones known (a passing outage must not refuse every request). */
    private Map<String, Key> load() {
        lastTry = clock.instant();
        try {
            Map<String, Object> meta = JSONObjectUtils.parse(get(metadata));
            URI jwks = JSONObjectUtils.getURI(meta, "jwks_uri");
            if (jwks == null) throw new ParseException("no jwks_uri", 0);
            Map<String, Key> read = new HashMap<>();
            Map<String, Object>[] listed = JSONObjectUtils.getJSONObjectArray(JSONObjectUtils.parse(get(jwks)), "keys");
            if (listed == null) throw new ParseException("no keys", 0);
            for (Map<String, Object> k : listed) {
                JWK jwk = JWK.parse(k);
                if (jwk.getKeyType() != KeyType.RSA || jwk.getKeyID() == null) continue;
                List<String> endorsements = JSONObjectUtils.getStringList(k, "endorsements");
                read.put(jwk.getKeyID(), new Key(jwk.toRSAKey(), endorsements == null ? List.of() : List.copyOf(endorsements)));
            }
            if (read.isEmpty()) throw new ParseException("no RSA keys", 0);
            keys = Map.copyOf(read);
            loadedAt = lastTry;
            LOG.debug("Teams: read {} Bot Framework signing keys", read.size());
        } catch (IOException | ParseException e) {
            LOG.warn("Teams: could not read the Bot Framework signing keys from {}: {}{}", metadata, describe(e),
                    keys.isEmpty() ? "" : "; keeping the " + keys.size() + " known ones");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return keys;
    }

    /** An exception for a log line: its type, and its message when it has one (these messages carry no secrets). */
    static String describe(Exception e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private String get(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) throw new IOException(uri + " answered HTTP " + r.statusCode());
        return r.body();
    }
}
