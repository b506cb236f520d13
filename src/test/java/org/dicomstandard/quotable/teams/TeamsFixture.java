package org.dicomstandard.quotable.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.test.support.TestPropertyProvider;
import org.dicomstandard.quotable.ServingApp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The application on the {@link ServingApp serving fixture} (a reply in every state, the fixed clock)
 * with a Teams security token, and a client that posts exact bytes, signed or not.
 */
abstract class TeamsFixture implements TestPropertyProvider {
    static final ObjectMapper JSON = new ObjectMapper();
    static final TeamsSigner TEAMS = TeamsSigner.random();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    protected Path data;

    @Override
    public Map<String, String> getProperties() {
        ServingApp app = ServingApp.create();
        data = app.data();
        Map<String, String> p = app.properties();
        p.put("teams.webhook-secret", TEAMS.secret());
        return p;
    }

    /** A response as a test sees it. */
    record Reply(int status, HttpResponse<String> response, String body) {
        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        /** The Adaptive Card in the answer, or a missing node when it is a text message. */
        JsonNode card() {
            return json().path("attachments").path(0).path("content");
        }
    }

    static Reply post(URI base, byte[] body, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve("/teams/messages"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (authorization != null) b.header("Authorization", authorization);
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Reply(r.statusCode(), r, r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What Teams posts when someone writes {@code text} in a channel, signed with the team's token. */
    static Reply ask(URI base, String text) {
        byte[] body = TeamsSigner.activity(text).getBytes(StandardCharsets.UTF_8);
        return post(base, body, TEAMS.authorization(body));
    }
}
