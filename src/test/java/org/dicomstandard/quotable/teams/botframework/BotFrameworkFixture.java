package org.dicomstandard.quotable.teams.botframework;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.ServingApp;
import org.junit.jupiter.api.BeforeEach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The application on the {@link ServingApp serving fixture} (a reply in every state, the fixed clock), registered as a
 * Teams bot whose Microsoft side is {@link FakeBotFramework}, and a client that posts Activities, signed
 * by {@link #CONNECTOR} (the key the fake publishes) or not.
 */
abstract class BotFrameworkFixture implements TestPropertyProvider {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PASSWORD = "app-password-never-logged";
    static final Instant NOW = Fixtures.TODAY.instant();
    static final FakeBotFramework MICROSOFT = new FakeBotFramework();
    static final BotSigner CONNECTOR = BotSigner.generate("bf-key-1", "msteams", "webchat");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static {
        MICROSOFT.publish(List.of(CONNECTOR.publicJwk()));
    }

    @Inject
    EmbeddedServer server;

    @BeforeEach
    void forgetReplies() {
        MICROSOFT.replies.clear();
        MICROSOFT.connectorStatus = 200;
        MICROSOFT.connectorDelayMillis = 0;
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> p = ServingApp.create().properties();
        p.putAll(Map.of("teams.app-id", BotSigner.APP_ID, "teams.app-password", PASSWORD,
                "teams.openid-metadata", MICROSOFT.metadataUrl(), "teams.token-url", MICROSOFT.tokenUrl()));
        return p;
    }

    /** A response as a test sees it. */
    record Answer(HttpResponse<String> response) {
        int status() {
            return response.statusCode();
        }

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + response.body(), e);
            }
        }
    }

    Answer post(String activity, String authorization) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + "/api/messages"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(activity, StandardCharsets.UTF_8));
        if (authorization != null) b.header("Authorization", authorization);
        try {
            return new Answer(CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Posts the Activity with a good token from the Connector. */
    Answer signed(String activity) {
        return post(activity, CONNECTOR.authorization(NOW, MICROSOFT.serviceUrl()));
    }

    /** The Adaptive Card of a reply the bot sent, or a missing node for a text. */
    static JsonNode card(FakeBotFramework.Reply reply) throws IOException {
        return JSON.readTree(reply.body()).path("attachments").path(0).path("content");
    }
}
