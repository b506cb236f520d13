package org.dicomstandard.quotable.slack;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class SlackSocketModeTest {

    @Test
    void an_app_token_switches_to_socket_mode_and_a_failed_connection_does_not_stop_the_service() throws Exception {
        Path root = Files.createTempDirectory("quotable-socket");
        Fixtures.layer(root, "library/valid");
        try (FakeSlack slack = new FakeSlack();
             EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1",
                     "quotable.library", root.toString(), "quotable.data", Files.createTempDirectory("d").toString(),
                     "quotable.watch", "false", "slack.signing-secret", SlackBotTest.SECRET, "slack.app-token", "xapp-test",
                     "slack.api-url", slack.url() + "/api/"))) {
            // Socket Mode asked Slack for a connection with the app token (the fake refuses it).
            FakeSlack.Call open = slack.await("/apps.connections.open");
            assertThat(open).isNotNull();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> events = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/slack/events"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(events.statusCode()).isEqualTo(404);
            assertThat(events.body()).contains("Socket Mode");
            assertThat(http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/ping")).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }
}
