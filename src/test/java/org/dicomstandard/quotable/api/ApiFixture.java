package org.dicomstandard.quotable.api;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Singleton;
import org.dicomstandard.quotable.Fixtures;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The application started on the serving fixture (a reply in every state), with a fixed clock,
 * a data folder of its own and a known API token.
 */
abstract class ApiFixture implements TestPropertyProvider {
    static final String TOKEN = "test-token-4f1c";
    protected Path root;
    protected Path data;

    @Override
    public Map<String, String> getProperties() {
        try {
            root = Files.createTempDirectory("quotable-api");
            data = Files.createTempDirectory("quotable-data");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Fixtures.layer(root, "library/valid", "library/serving");
        return Map.ofEntries(Map.entry("quotable.library", root.toString()), Map.entry("quotable.data", data.toString()),
                Map.entry("quotable.api-token", TOKEN), Map.entry("quotable.watch", "false"), Map.entry("quotable.fixed-clock", "true"),
                Map.entry("quotable.cors-origins", "https://faq.example.org"),
                // Micronaut refuses cross-origin requests to a server on localhost (DNS rebinding);
                // the test server is on localhost, a deployed one is not.
                Map.entry("micronaut.server.cors.localhost-pass-through", "true"),
                Map.entry("quotable.public-url", "https://quotable.example.org"));
    }

    /** The service's clock, fixed at {@link Fixtures#TODAY} so embargo and review dates do not drift. */
    @Factory
    @Requires(property = "quotable.fixed-clock", value = "true")
    static class FixedClock {
        @Singleton
        @Replaces(Clock.class)
        Clock clock() {
            return Fixtures.TODAY;
        }
    }

    /** A response as a test sees it: status, headers and the body as text (error bodies included). */
    record Reply(int status, HttpResponse<?> response, String body) {
        String header(String name) {
            return response.getHeaders().get(name);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();

    static Reply send(BlockingHttpClient client, HttpRequest<?> request) {
        try {
            HttpResponse<String> r = client.exchange(request, String.class);
            return new Reply(r.code(), r, r.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return new Reply(e.getStatus().getCode(), e.getResponse(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    static HttpRequest<?> withToken(io.micronaut.http.MutableHttpRequest<?> request) {
        return request.bearerAuth(TOKEN);
    }
}
