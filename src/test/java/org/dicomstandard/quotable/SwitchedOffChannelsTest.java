package org.dicomstandard.quotable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server with no channel configured (no Slack, Teams, Bot Framework or GitHub secret): every
 * channel's endpoint answers the same 404 problem saying why it is off, and the API runs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SwitchedOffChannelsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private EmbeddedServer server;

    @BeforeAll
    void start() throws IOException {
        Path root = Fixtures.layer(Files.createTempDirectory("quotable-off"), "library/valid");
        server = ApplicationContext.run(EmbeddedServer.class, Map.of("micronaut.server.port", "-1", "quotable.library", root.toString(),
                "quotable.data", Files.createTempDirectory("quotable-off-data").toString(), "quotable.watch", "false"));
    }

    @AfterAll
    void stop() {
        server.close();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Content-Type", contentType)
                .header("Authorization", "Bearer x").header("X-GitHub-Event", "push").header("X-Hub-Signature-256", "sha256=00")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_switched_off_channel_answers_404_with_a_problem_saying_why() throws Exception {
        Map<String, String> says = Map.of("/slack/events", "Slack is off", "/teams/messages", "Teams is off",
                "/api/messages", "Teams (Bot Framework) is off", "/hooks/github", "GitHub webhook is off");
        for (Map.Entry<String, String> channel : says.entrySet()) {
            HttpResponse<String> r = post(channel.getKey(), "application/json", "{\"type\":\"message\"}");
            assertThat(r.statusCode()).as(channel.getKey()).isEqualTo(404);
            assertThat(r.headers().firstValue("Content-Type")).as(channel.getKey())
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = JSON.readTree(r.body());
            assertThat(problem.path("status").asInt()).as(channel.getKey()).isEqualTo(404);
            assertThat(problem.path("detail").asText()).as(channel.getKey()).contains(channel.getValue());
        }
    }

    @Test
    void with_every_channel_off_the_api_runs_and_no_slack_app_is_built() throws Exception {
        assertThat(server.getApplicationContext().containsBean(com.slack.api.bolt.App.class)).isFalse();
        HttpResponse<String> ping = http.send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/ping")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
    }
}
