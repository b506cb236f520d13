package org.dicomstandard.quotable.api;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import org.dicomstandard.quotable.ServingApp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * The application started on the {@link ServingApp serving fixture} (a reply in every state, the fixed
 * clock), with a known API token and a CORS origin.
 */
abstract class ApiFixture implements TestPropertyProvider {
    static final String TOKEN = "test-token-4f1c";
    protected Path root;
    protected Path data;

    @Override
    public Map<String, String> getProperties() {
        ServingApp app = ServingApp.create();
        root = app.root();
        data = app.data();
        Map<String, String> p = app.properties();
        p.put("quotable.api-token", TOKEN);
        p.put("quotable.cors-origins", "https://faq.example.org");
        // Micronaut refuses cross-origin requests to a server on localhost (DNS rebinding);
        // the test server is on localhost, a deployed one is not.
        p.put("micronaut.server.cors.localhost-pass-through", "true");
        return p;
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
