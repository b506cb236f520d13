package org.dicomstandard.quotable.teams;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The Teams channel as configured: on, with the key that checks signatures, or off, which the log
 * says once at start. Created with the application ({@code @Context}) so that line is written even
 * if Teams never calls. Neither the secret nor a signature is ever logged.
 */
@Context
final class TeamsWebhook {
    private static final Logger LOG = LoggerFactory.getLogger(TeamsWebhook.class);
    private static final long WARN_EVERY_NANOS = 60_000_000_000L;
    private final WebhookSignature signature;
    private final Counter refused;
    private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

    TeamsWebhook(TeamsConfiguration config, MeterRegistry metrics) {
        this.refused = metrics.counter("quotable.teams.refused");
        this.signature = signature(config);
    }

    private static WebhookSignature signature(TeamsConfiguration config) {
        if (!config.hasSecret()) {
            LOG.info("Teams is off: TEAMS_WEBHOOK_SECRET is not set, so POST /teams/messages answers 404. The rest runs.");
            return null;
        }
        try {
            WebhookSignature s = new WebhookSignature(config.webhookSecret());
            LOG.info("Teams is on: POST /teams/messages answers requests signed with the outgoing webhook's security token.");
            return s;
        } catch (IllegalArgumentException e) {
            LOG.error("Teams is off: TEAMS_WEBHOOK_SECRET is not the base64 security token Teams shows ({}). The rest runs.", e.getMessage());
            return null;
        }
    }

    boolean on() {
        return signature != null;
    }

    /** True when Teams signed this body; a refusal is counted, and logged at most once a minute. */
    boolean signed(byte[] body, @Nullable String authorization) {
        if (signature != null && signature.verify(body, authorization)) return true;
        refused.increment();
        long now = System.nanoTime();
        long last = lastWarning.get();
        if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
            LOG.warn("Teams: refused a request to /teams/messages: {} (a wrong TEAMS_WEBHOOK_SECRET refuses every request; "
                    + "see the metric quotable.teams.refused)", authorization == null ? "no Authorization header" : "the signature does not match");
        }
        return false;
    }
}
