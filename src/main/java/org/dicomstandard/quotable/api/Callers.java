package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.http.HttpProblem;
import org.dicomstandard.quotable.library.Access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Who is calling the API: the public, or a holder of {@code QUOTABLE_API_TOKEN}. A request that
 * presents any other credential is refused with 401 and learns nothing, not even whether a token
 * is configured. Tokens are compared in constant time (as digests, so length leaks nothing either).
 */
@Singleton
final class Callers {
    private static final String BEARER = "Bearer ";
    private final byte[] tokenDigest;

    Callers(QuotableConfiguration config) {
        this.tokenDigest = config.hasApiToken() ? sha256(config.apiToken()) : null;
    }

    Access of(HttpRequest<?> request) {
        String header = request.getHeaders().get(HttpHeaders.AUTHORIZATION);
        if (header == null) return Access.PUBLIC;
        boolean bearer = header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        byte[] given = sha256(bearer ? header.substring(BEARER.length()).strip() : header);
        boolean ok = bearer && tokenDigest != null && MessageDigest.isEqual(given, tokenDigest);
        if (!ok) throw new HttpProblem(HttpStatus.UNAUTHORIZED, "The credentials are not valid.");
        return Access.INTERNAL;
    }

    /** For endpoints only token holders may use. */
    void requireToken(HttpRequest<?> request) {
        if (of(request) != Access.INTERNAL) throw new HttpProblem(HttpStatus.UNAUTHORIZED, "This endpoint needs a bearer token.");
    }

    private static byte[] sha256(String s) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
