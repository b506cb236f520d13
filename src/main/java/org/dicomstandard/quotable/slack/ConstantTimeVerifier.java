package org.dicomstandard.quotable.slack;

import com.slack.api.app_backend.SlackSignature;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Slack's v0 signature check with a constant-time comparison (the SDK's verifier compares the
 * strings with equals). A request more than five minutes from now is refused, as Slack asks.
 */
final class ConstantTimeVerifier extends SlackSignature.Verifier {
    static final long MAX_AGE_MILLIS = 5 * 60 * 1000L;
    private final SlackSignature.Generator generator;

    ConstantTimeVerifier(String signingSecret) {
        this(new SlackSignature.Generator(signingSecret));
    }

    private ConstantTimeVerifier(SlackSignature.Generator generator) {
        super(generator);
        this.generator = generator;
    }

    @Override
    public boolean isValid(String timestamp, String requestBody, String signature) {
        return isValid(timestamp, requestBody, signature, System.currentTimeMillis());
    }

    @Override
    public boolean isValid(String timestamp, String requestBody, String signature, long nowInMillis) {
        if (timestamp == null || signature == null || requestBody == null) return false;
        long seconds;
        try {
            seconds = Long.parseLong(timestamp.strip());
        } catch (NumberFormatException e) {
            return false;
        }
        if (Math.abs(nowInMillis - seconds * 1000L) > MAX_AGE_MILLIS) return false;
        String expected = generator.generate(timestamp, requestBody);
        return expected != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), signature.getBytes(StandardCharsets.UTF_8));
    }
}
