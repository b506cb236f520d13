package org.dicomstandard.quotable.sync;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub's push webhook: checks the signature, then asks {@link GitSync} for a sync when the push
 * is to the served branch. Everything slow happens in the background, so GitHub gets its answer
 * within its ten seconds whatever the remote or the library does.
 */
@Singleton
public class GitHubWebhook {
    private static final Logger LOG = LoggerFactory.getLogger(GitHubWebhook.class);
    private static final String SHA256 = "sha256=";
    /** Deliveries remembered for de-duplication; GitHub redelivers only recent ones. */
    static final int REMEMBERED = 1000;

    public enum Outcome { ACCEPTED, IGNORED, DUPLICATE, FORGED, OFF }

    /** What the webhook did with a delivery; the body of its 202 answer. */
    @Serdeable
    public record Receipt(String outcome, String detail) {
        Receipt(Outcome outcome, String detail) {
            this(outcome.name().toLowerCase(java.util.Locale.ROOT), detail);
        }

        public Outcome kind() {
            return Outcome.valueOf(outcome.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The part of GitHub's push payload we read. */
    @Serdeable
    record Push(@Nullable String ref, @Nullable String after, @Nullable Boolean deleted) {
    }

    private final GitSync sync;
    private final byte[] secret;
    private final String branchRef;
    private final JsonMapper json;
    private final Map<String, Boolean> seen = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED;
        }
    };

    public GitHubWebhook(Optional<GitSync> sync, GitConfiguration config, JsonMapper json) {
        this.sync = sync.orElse(null);
        this.secret = config.hasWebhookSecret() ? config.webhookSecret().getBytes(StandardCharsets.UTF_8) : null;
        this.branchRef = "refs/heads/" + config.branch();
        this.json = json;
        if (this.sync != null && secret == null) {
            LOG.warn("GitHub webhook is off: GITHUB_WEBHOOK_SECRET is not set; the periodic fetch alone brings new replies");
        } else if (this.sync == null && secret != null) {
            LOG.warn("GitHub webhook is off: GITHUB_WEBHOOK_SECRET is set but QUOTABLE_GIT_REMOTE is not");
        }
    }

    public boolean enabled() {
        return sync != null && secret != null;
    }

    /**
     * Handles one delivery. The signature is checked first, before any header or byte of the body
     * is trusted; de-duplication, the event type and the branch come after.
     */
    public Receipt receive(@Nullable String event, @Nullable String signature, @Nullable String delivery, byte[] body) {
        if (!enabled()) return new Receipt(Outcome.OFF, "The GitHub webhook is off on this server: GITHUB_WEBHOOK_SECRET or QUOTABLE_GIT_REMOTE is not set.");
        if (!signed(body, signature)) {
            LOG.warn("GitHub webhook refused: the signature does not match (delivery {})", printable(delivery));
            return new Receipt(Outcome.FORGED, "The signature is not valid.");
        }
        if (delivery != null && !firstTime(delivery)) {
            return new Receipt(Outcome.DUPLICATE, "Delivery " + delivery + " was already received.");
        }
        if (!"push".equals(event)) {
            return new Receipt(Outcome.IGNORED, "Event '" + printable(event) + "' is not a push; nothing to do.");
        }
        Push push;
        try {
            push = json.readValue(body, Push.class);
        } catch (IOException | RuntimeException e) {
            return new Receipt(Outcome.IGNORED, "The body is not a push payload.");
        }
        if (push == null || !branchRef.equals(push.ref()) || Boolean.TRUE.equals(push.deleted())) {
            return new Receipt(Outcome.IGNORED, "The push is not to " + branchRef + "; nothing to do.");
        }
        sync.request("push");
        LOG.info("GitHub webhook: push to {} ({}), delivery {}; syncing", branchRef, push.after() == null ? "?"
                : printable(push.after().substring(0, Math.min(7, push.after().length()))), printable(delivery));
        return new Receipt(Outcome.ACCEPTED, "Fetching " + branchRef + " in the background.");
    }

    /** {@code X-Hub-Signature-256}: "sha256=" and the hex HMAC-SHA256 of the raw body, compared in constant time. */
    boolean signed(byte[] body, @Nullable String header) {
        if (header == null || !header.startsWith(SHA256)) return false;
        byte[] given;
        try {
            given = HexFormat.of().parseHex(header.substring(SHA256.length()).strip());
        } catch (IllegalArgumentException e) {
            return false;
        }
        return MessageDigest.isEqual(hmac(secret, body), given);
    }

    static byte[] hmac(byte[] key, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private synchronized boolean firstTime(String delivery) {
        return seen.put(delivery, Boolean.TRUE) == null;
    }

    /** A header value fit for the log: short, and no line breaks that could forge log lines. */
    private static String printable(@Nullable String s) {
        if (s == null) return "(none)";
        String clean = s.replaceAll("[^\\w.:-]", "?");
        return clean.length() > 64 ? clean.substring(0, 64) + "…" : clean;
    }
}
