package org.dicomstandard.quotable.api;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.http.ProblemDetails;
import org.dicomstandard.quotable.library.Access;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client on the public API ({@code QUOTABLE_RATE_LIMIT} requests a minute,
 * {@code 0} off): one client cannot flood the service or its records. The client is the socket
 * address, or the address a trusted proxy ({@code QUOTABLE_TRUSTED_PROXIES}) puts in
 * X-Forwarded-For. Token holders and the liveness probe are not limited; the bots do not pass here.
 */
@ServerFilter("/api/v1/**")
final class RateLimit {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimit.class);
    /** Buckets beyond this many are pruned (full ones first): memory stays bounded under a flood of addresses. */
    static final int MAX_CLIENTS = 100_000;
    private final int perMinute;
    private final TrustedProxies proxies;
    private final Callers callers;
    private final Clock clock;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final ThrottledWarning warning = new ThrottledWarning(LOG);

    RateLimit(@Value("${quotable.rate-limit:120}") int perMinute, @Value("${quotable.trusted-proxies:}") String trustedProxies,
              Callers callers) {
        this.perMinute = Math.max(0, perMinute);
        this.proxies = TrustedProxies.parse(trustedProxies);
        this.callers = callers;
        this.clock = Clock.systemUTC(); // real time, whatever clock the library's dates use
        LOG.info(this.perMinute == 0 ? "Rate limit: off (QUOTABLE_RATE_LIMIT=0)"
                : "Rate limit: {} requests a minute per client on the public API{}", this.perMinute,
                proxies.isEmpty() ? "" : ", clients behind " + proxies.size() + " trusted proxies");
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> limit(HttpRequest<?> request) {
        if (perMinute == 0 || request.getPath().equals("/api/v1/ping") || isTokenHolder(request)) return null;
        String client = proxies.client(request.getRemoteAddress().getAddress(), request.getHeaders().get("X-Forwarded-For"));
        if (buckets.size() > MAX_CLIENTS) prune();
        long waitMillis = buckets.computeIfAbsent(client, c -> new Bucket(perMinute, clock.millis())).take(perMinute, clock.millis());
        if (waitMillis == 0) return null;
        warning.warn("Rate limit: refused requests from a client over " + perMinute + " a minute");
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return HttpResponse.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds))
                .contentType(ProblemDetails.MEDIA_TYPE)
                .body(new ProblemDetails("about:blank", HttpStatus.TOO_MANY_REQUESTS.getReason(), 429,
                        "Too many requests from this address: at most " + perMinute + " a minute. Try again in " + seconds + " s."));
    }

    private boolean isTokenHolder(HttpRequest<?> request) {
        if (!request.getHeaders().contains(HttpHeaders.AUTHORIZATION)) return false;
        try {
            return callers.of(request) == Access.INTERNAL;
        } catch (HttpProblem refused) {
            return false; // the endpoint answers 401 itself; the attempt still counts
        }
    }

    private void prune() {
        long now = clock.millis();
        buckets.values().removeIf(b -> b.isFull(perMinute, now));
        if (buckets.size() > MAX_CLIENTS) buckets.clear();
    }

    /** Tokens refill continuously at perMinute a minute, up to perMinute. */
    static final class Bucket {
        private double tokens;
        private long at;

        Bucket(int capacity, long now) {
            this.tokens = capacity;
            this.at = now;
        }

        /** 0 when a request may pass (and takes a token), otherwise the milliseconds until one will. */
        synchronized long take(int perMinute, long now) {
            refill(perMinute, now);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * 60_000.0 / perMinute);
        }

        synchronized boolean isFull(int perMinute, long now) {
            refill(perMinute, now);
            return tokens >= perMinute;
        }

        private void refill(int perMinute, long now) {
            if (now > at) {
                tokens = Math.min(perMinute, tokens + (now - at) * perMinute / 60_000.0);
                at = now;
            }
        }
    }
}
