package org.dicomstandard.quotable.slack;

import java.time.Clock;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The gate in front of Bolt: a request's signature is checked on the exact bytes received, before
 * anything parses them, and a signature is accepted once. Slack signs each delivery afresh, so the
 * same signature twice within its five-minute window is a replay.
 */
final class SignedRequests {
    /** The most signatures remembered; beyond it the oldest are dropped (they are about to expire anyway). */
    static final int MAX_REMEMBERED = 50_000;
    private final ConstantTimeVerifier verifier;
    private final Clock clock;
    private final Map<String, Long> seen = new ConcurrentHashMap<>();

    SignedRequests(String signingSecret, Clock clock) {
        this.verifier = new ConstantTimeVerifier(signingSecret);
        this.clock = clock;
    }

    enum Verdict {
        ACCEPTED("accepted"),
        UNSIGNED("no Slack signature or timestamp"),
        FORGED("a signature that does not match, or a timestamp more than five minutes off"),
        REPLAYED("a signature that was already used");

        final String reason;

        Verdict(String reason) {
            this.reason = reason;
        }
    }

    Verdict check(String timestamp, String signature, String body) {
        if (timestamp == null || signature == null || timestamp.isBlank() || signature.isBlank()) return Verdict.UNSIGNED;
        long now = clock.millis();
        if (!verifier.isValid(timestamp, body, signature, now)) return Verdict.FORGED;
        forgetExpired(now);
        Long before = seen.putIfAbsent(signature, now + 2 * ConstantTimeVerifier.MAX_AGE_MILLIS);
        return before == null ? Verdict.ACCEPTED : Verdict.REPLAYED;
    }

    private void forgetExpired(long now) {
        if (seen.size() < 1024 && (now & 0xff) != 0) return; // prune now and then, and always when it grows
        seen.values().removeIf(expiry -> expiry < now);
        for (Iterator<String> it = seen.keySet().iterator(); seen.size() > MAX_REMEMBERED && it.hasNext(); ) {
            it.next();
            it.remove();
        }
    }
}
