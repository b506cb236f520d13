package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.library.Access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * Caching for API answers: a strong ETag from the body, {@code 304 Not Modified} when the caller
 * already has it, and Cache-Control that lets shared caches keep public answers for a minute but
 * never an answer made for a token holder.
 */
@Singleton
final class Conditional {
    static final String PUBLIC_CACHE = "public, max-age=60";
    static final String PRIVATE_CACHE = "private, no-cache";
    private final JsonMapper json;

    Conditional(JsonMapper json) {
        this.json = json;
    }

    <T> MutableHttpResponse<T> json(HttpRequest<?> request, T body, Access access) {
        try {
            return respond(request, HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE), etag(json.writeValueAsBytes(body)), access);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * JSON already serialised (by {@link RenderCache}): the same bytes give the ETag and go on the
     * wire. The declared type stays {@code T}, so the OpenAPI document describes the real body.
     */
    @SuppressWarnings("unchecked")
    <T> MutableHttpResponse<T> json(HttpRequest<?> request, RenderCache.Rendered rendered, Access access) {
        MutableHttpResponse<byte[]> ok = HttpResponse.ok(rendered.bytes()).contentType(MediaType.APPLICATION_JSON_TYPE);
        return (MutableHttpResponse<T>) (MutableHttpResponse<?>) respond(request, ok, rendered.etag(), access);
    }

    byte[] serialise(Object body) {
        try {
            return json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    MutableHttpResponse<String> text(HttpRequest<?> request, String body, MediaType type, Access access) {
        return respond(request, HttpResponse.ok(body).contentType(type), etag(body.getBytes(StandardCharsets.UTF_8)), access);
    }

    @SuppressWarnings("unchecked")
    private <T> MutableHttpResponse<T> respond(HttpRequest<?> request, MutableHttpResponse<T> ok, String etag, Access access) {
        MutableHttpResponse<T> response = matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)
                ? (MutableHttpResponse<T>) HttpResponse.notModified() : ok;
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, access == Access.PUBLIC ? PUBLIC_CACHE : PRIVATE_CACHE)
                .header(HttpHeaders.VARY, "Authorization, Accept, Accept-Encoding");
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) return false;
        for (String candidate : ifNoneMatch.split(",")) {
            String c = candidate.strip();
            if (c.equals("*") || c.equals(etag) || c.equals("W/" + etag)) return true;
        }
        return false;
    }

    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
