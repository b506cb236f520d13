package org.dicomstandard.quotable.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.runtime.server.EmbeddedServer;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.events.Events;
import org.dicomstandard.quotable.events.PostgresCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two service instances, each with its own data folder, writing to one real PostgreSQL: one report
 * covers both, from the API and from the command line; a database that goes away turns /health
 * DEGRADED and the service keeps answering, and when it comes back everything held meanwhile is written.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportOfReplicasTest {
    static final String TOKEN = "replica-token-91c3";
    static final ObjectMapper JSON = new ObjectMapper();
    PostgresCluster pg;
    final List<ApplicationContext> replicas = new ArrayList<>();
    final List<BlockingHttpClient> clients = new ArrayList<>();

    @BeforeAll
    void start() throws IOException {
        pg = PostgresCluster.start();
        Path library = Fixtures.layer(Files.createTempDirectory("quotable-replicas"), "library/valid", "library/serving");
        for (int i = 0; i < 2; i++) {
            ApplicationContext context = ApplicationContext.run(Map.of("quotable.library", library.toString(),
                    "quotable.data", Files.createTempDirectory("quotable-replica-data").toString(), "quotable.api-token", TOKEN,
                    "quotable.watch", "false", "micronaut.server.port", "-1", "quotable.events.flush-interval", "100ms",
                    "quotable.db.url", pg.url("quotable"), "quotable.db.user", PostgresCluster.USER, "quotable.db.password", PostgresCluster.PASSWORD));
            EmbeddedServer server = context.getBean(EmbeddedServer.class).start();
            replicas.add(context);
            clients.add(context.createBean(HttpClient.class, server.getURL()).toBlocking());
        }
    }

    @AfterAll
    void stop() throws IOException {
        replicas.forEach(ApplicationContext::close);
        if (pg != null) pg.close();
    }

    static JsonNode get(BlockingHttpClient client, String path, boolean token) {
        var request = HttpRequest.GET(path);
        if (token) request.bearerAuth(TOKEN);
        try {
            return JSON.readTree(client.exchange(request, String.class).body());
        } catch (HttpClientResponseException e) {
            return JSON.createObjectNode().put("status", e.getStatus().getCode()).put("body", e.getResponse().getBody(String.class).orElse(""));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode search(BlockingHttpClient client, String q) {
        return get(client, "/api/v1/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8), false);
    }

    /** Each replica writes on its own timer; a report reads what has been written, so both write now. */
    JsonNode report(int replica) {
        replicas.forEach(r -> assertThat(r.getBean(Events.class).flush()).isTrue());
        return get(clients.get(replica), "/api/v1/report?since=1d", true);
    }

    @Test
    void one_report_covers_every_replica_writing_to_the_database() throws Exception {
        JsonNode before = report(0).get("totals"); // the other test may have run first, on the same database
        search(clients.get(0), "Does DICOM support encryption?");
        search(clients.get(1), "Does DICOM support encryption?");
        search(clients.get(1), "who won the world cup");
        search(clients.get(0), "who won the world cup in 1954");
        HttpResponse<String> fb = clients.get(1).exchange(HttpRequest.POST("/api/v1/feedback",
                "{\"id\":\"why-dicom-security--journalists\",\"helpful\":false,\"q\":\"is dicom to blame\"}").contentType(MediaType.APPLICATION_JSON),
                String.class);
        assertThat(fb.code()).isEqualTo(202);

        JsonNode report = report(0);
        assertThat(report.at("/totals/asked").asLong() - before.get("asked").asLong()).isEqualTo(4);
        assertThat(report.at("/totals/answered").asLong() - before.get("answered").asLong()).isEqualTo(2);
        assertThat(report.at("/totals/notHelpful").asLong() - before.get("notHelpful").asLong()).isEqualTo(1);
        assertThat(report.get("questions")).anySatisfy(q -> {
            assertThat(q.get("question").asText()).isEqualTo("Does DICOM support encryption?");
            assertThat(q.get("count").asLong()).as("asked once on each replica").isEqualTo(2);
            assertThat(q.get("answered").asLong()).isEqualTo(2);
        });
        assertThat(report.get("unanswered")).as("the two world cup questions, one group").anySatisfy(q -> {
            assertThat(q.get("question").asText()).startsWith("who won the world cup");
            assertThat(q.get("count").asLong()).isEqualTo(2);
        });
        assertThat(report.at("/notHelpful/0/id").asText()).isEqualTo("why-dicom-security--journalists");
        assertThat(report.at("/notHelpful/0/questions/0").asText()).isEqualTo("is dicom to blame");
        assertThat(report.at("/library").toString()).contains("\"reload\"", "\"accepted\"");
        assertThat(get(clients.get(1), "/api/v1/report", false).get("status").asInt()).isEqualTo(401);

        // The command line reads the same database from the same variables, with the credentials in the URL this time.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Map<String, String> env = Map.of("QUOTABLE_DB_URL", pg.url("quotable") + "?user=" + PostgresCluster.USER + "&password="
                + PostgresCluster.PASSWORD, "QUOTABLE_DATA", Files.createTempDirectory("quotable-cli").toString());
        int code = new ReportCommand(env::get, java.time.Clock.systemUTC()).run(List.of("--since", "1d", "--format", "json"),
                new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
        assertThat(code).isZero();
        JsonNode fromCli = JSON.readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(fromCli.get("totals")).isEqualTo(report.get("totals"));
        assertThat(fromCli.get("unanswered")).isEqualTo(report.get("unanswered"));
    }

    @Test
    void with_the_database_away_the_service_answers_says_degraded_and_catches_up_when_it_returns() throws Exception {
        Instant before = Instant.now();
        pg.stopServer();
        try {
            JsonNode answer = search(clients.get(0), "is there a checklist for pacs admins, asked during the outage");
            assertThat(answer.has("hits")).isTrue();
            assertThat(awaitHealth(clients.get(0), "DEGRADED").at("/details/events/details/reason").asText())
                    .isEqualTo("the event database cannot be reached; events wait in memory");
        } finally {
            pg.startServer();
        }
        assertThat(awaitHealth(clients.get(0), "UP").at("/details/events/details/dropped").asLong()).isZero();
        assertThat(report(1).get("questions").toString()).contains("asked during the outage");
        assertThat(Instant.now()).isAfter(before);
    }

    static JsonNode readTree(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonNode awaitHealth(BlockingHttpClient client, String status) throws InterruptedException {
        JsonNode health = null;
        for (long end = System.nanoTime() + Duration.ofSeconds(60).toNanos(); System.nanoTime() < end; Thread.sleep(100)) {
            try {
                health = JSON.readTree(client.exchange(HttpRequest.GET("/health").bearerAuth(TOKEN), String.class).body());
            } catch (HttpClientResponseException e) {
                health = readTree(e.getResponse().getBody(String.class).orElse("{}"));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            // The top line is the worst component's: the events' while the database is away.
            if (status.equals(health.at("/details/events/status").asText()) && status.equals(health.path("status").asText())) return health;
        }
        throw new AssertionError("the events' health never became " + status + ": " + health);
    }
}
