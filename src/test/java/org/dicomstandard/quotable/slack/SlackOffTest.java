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

class SlackOffTest {

    @Test
    void without_a_signing_secret_slack_is_off_and_the_rest_runs() throws Exception {
        Path root = Files.createTempDirectory("quotable-slack-off");
        Fixtures.layer(root, "library/valid");
        try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1",
                "quotable.library", root.toString(), "quotable.data", Files.createTempDirectory("d").toString(), "quotable.watch", "false"))) {
            assertThat(server.getApplicationContext().containsBean(com.slack.api.bolt.App.class)).isFalse();
            HttpClient http = HttpClient.newHttpClient();
            HttpResponse<String> slack = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/slack/events"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(slack.statusCode()).isEqualTo(404);
            assertThat(slack.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(slack.body()).contains("Slack is off");
            HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/ping")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ping.statusCode()).isEqualTo(200);
        }
    }
}
