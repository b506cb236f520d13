package org.dicomstandard.quotable.teams;

import io.micronaut.core.annotation.Nullable;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Checks the {@code Authorization: HMAC <base64>} header Teams puts on every outgoing-webhook
 * request: HMAC-SHA256 over the exact bytes of the body, keyed with the base64-decoded security
 * token. The comparison takes the same time wherever the first wrong byte is.
 */
final class WebhookSignature {
    private static final String SCHEME = "HMAC ";
    private static final String ALGORITHM = "HmacSHA256";
    private final SecretKeySpec key;

    /** @throws IllegalArgumentException when the secret is not base64 or decodes to nothing */
    WebhookSignature(String base64Secret) {
        byte[] bytes = Base64.getDecoder().decode(base64Secret.strip());
        if (bytes.length == 0) throw new IllegalArgumentException("the secret decodes to no bytes");
        this.key = new SecretKeySpec(bytes, ALGORITHM);
    }

    boolean verify(byte[] body, @Nullable String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) return false;
        byte[] given;
        try {
            given = Base64.getDecoder().decode(authorization.substring(SCHEME.length()).strip());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        return MessageDigest.isEqual(mac(body == null ? new byte[0] : body), given);
    }

    private byte[] mac(byte[] body) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM); // a Mac is not thread-safe: one per request
            mac.init(key);
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
