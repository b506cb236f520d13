package org.dicomstandard.quotable.teams;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Without TEAMS_WEBHOOK_SECRET, Teams is off, says so, and the rest of the service runs. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsOffTest extends TeamsFixture {
    @Inject
    EmbeddedServer server;

    @Override
    boolean teamsOn() {
        return false;
    }

    @Test
    void without_a_secret_the_webhook_answers_404_saying_teams_is_off_and_the_api_runs() throws Exception {
        byte[] body = TeamsSigner.activity("<at>Quotable</at> help").getBytes(StandardCharsets.UTF_8);
        Reply r = post(server.getURI(), body, TEAMS.authorization(body));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.json().path("detail").asText()).contains("Teams is off");
        HttpResponse<String> ping = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/ping")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(ping.statusCode()).isEqualTo(200);
    }

    @Test
    void without_an_app_id_the_bot_framework_endpoint_answers_503_too() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.getURL() + "/api/messages"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer x")
                .POST(HttpRequest.BodyPublishers.ofString("{\"type\":\"message\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(503);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(r.body()).contains("Teams (Bot Framework) is off");
    }

    @Test
    void the_log_says_whether_teams_is_on_and_never_prints_the_secret() {
        List<String> off = logOf(new TeamsConfiguration(null));
        List<String> blank = logOf(new TeamsConfiguration("  "));
        List<String> notBase64 = logOf(new TeamsConfiguration("not base64 at all!"));
        List<String> on = logOf(new TeamsConfiguration(TEAMS.secret()));
        assertThat(off).singleElement().asString().startsWith("Teams is off: TEAMS_WEBHOOK_SECRET is not set");
        assertThat(blank).singleElement().asString().startsWith("Teams is off: TEAMS_WEBHOOK_SECRET is not set");
        assertThat(notBase64).singleElement().asString().startsWith("Teams is off: TEAMS_WEBHOOK_SECRET is not the base64")
                .doesNotContain("not base64 at all");
        assertThat(on).singleElement().asString().startsWith("Teams is on").doesNotContain(TEAMS.secret());
        assertThat(new TeamsConfiguration(TEAMS.secret()).toString()).doesNotContain(TEAMS.secret()).contains("(set)");
    }

    private static List<String> logOf(TeamsConfiguration config) {
        Logger logger = (Logger) LoggerFactory.getLogger(TeamsWebhook.class);
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            new TeamsWebhook(config, new SimpleMeterRegistry());
        } finally {
            logger.detachAppender(appender);
        }
        return appender.list.stream().map(ILoggingEvent::getFormattedMessage).toList();
    }
}
