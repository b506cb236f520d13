package org.dicomstandard.quotable.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.search.AnswerService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Health, and the writers' to-do list of unanswered questions. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiOperationsTest extends ApiFixture {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AnswerService answers;
    BlockingHttpClient client;

    @BeforeEach
    void client() {
        client = http.toBlocking();
    }

    @Test
    void unanswered_questions_are_listed_for_token_holders_grouped_by_wording() {
        for (String q : new String[]{"what is the DICOM tag for patient birth date", "dicom tag for the patient's birth date",
                "who won the world cup"}) {
            Reply r = send(client, HttpRequest.GET("/api/v1/search?audience=journalists&q=" + q.replace(" ", "+").replace("'", "%27")));
            assertThat(r.json().get("confident").asBoolean()).as(q).isFalse();
        }
        send(client, HttpRequest.GET("/api/v1/search?q=Does+DICOM+support+encryption%3F")); // answered: not a miss

        assertThat(send(client, HttpRequest.GET("/api/v1/misses")).status()).isEqualTo(401);
        JsonNode misses = send(client, withToken(HttpRequest.GET("/api/v1/misses?since=1d"))).json();
        assertThat(misses.get("total").asInt()).isEqualTo(3);
        JsonNode top = misses.get("groups").get(0);
        assertThat(top.get("count").asInt()).isEqualTo(2);
        assertThat(top.get("channels").toString()).contains("api");
        assertThat(top.get("audiences").toString()).contains("journalists");
        assertThat(misses.toString()).doesNotContain("support encryption");
        assertThat(send(client, withToken(HttpRequest.GET("/api/v1/misses?since=whenever"))).status()).isEqualTo(400);
    }

    @Test
    void replies_due_for_review_are_listed_for_token_holders_by_reviewer() {
        Reply anonymous = send(client, HttpRequest.GET("/api/v1/due"));
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

        JsonNode due = send(client, withToken(HttpRequest.GET("/api/v1/due"))).json();
        assertThat(due.get("today").asText()).isEqualTo("2026-11-25");
        assertThat(due.get("until").asText()).isEqualTo("2026-12-25");
        assertThat(due.get("total").asInt()).isEqualTo(1);
        assertThat(due.get("overdue").asInt()).isEqualTo(1);
        JsonNode alice = due.get("reviewers").get(0);
        assertThat(alice.get("reviewer").asText()).isEqualTo("alice-wg14");
        assertThat(alice.get("replies").get(0).get("id").asText()).isEqualTo("tls-adoption--journalists");
        assertThat(alice.get("replies").get(0).get("overdue").asBoolean()).isTrue();

        JsonNode later = send(client, withToken(HttpRequest.GET("/api/v1/due?within=400d"))).json();
        assertThat(later.get("total").asInt()).isGreaterThan(1);
        assertThat(later.toString()).doesNotContain("malware-defense--journalists"); // retired
        assertThat(send(client, withToken(HttpRequest.GET("/api/v1/due?within=soon"))).status()).isEqualTo(400);
    }

    @Test
    void health_says_why_when_a_reload_is_rejected_and_recovers() throws Exception {
        assertThat(send(client, HttpRequest.GET("/health")).json().get("status").asText()).isEqualTo("UP");
        assertThat(send(client, HttpRequest.GET("/health")).json().has("details")).isFalse();

        Path reply = root.resolve("snippets/why-dicom-security/journalists.yaml");
        String good = Files.readString(reply, StandardCharsets.UTF_8);
        Files.writeString(reply, good.replace("review_by:", "reveiw_by:"), StandardCharsets.UTF_8);
        try {
            answers.library().reload("test");
            Reply anonymous = send(client, HttpRequest.GET("/health"));
            assertThat(anonymous.status()).isEqualTo(200);
            // the top line is the worst component, and the public learns nothing more
            assertThat(anonymous.json().get("status").asText()).isEqualTo("DEGRADED");
            assertThat(anonymous.body()).doesNotContain("schema-unknown-field", "journalists.yaml", "problems", "replies");
            Reply degraded = send(client, withToken(HttpRequest.GET("/health")));
            assertThat(degraded.status()).isEqualTo(200);
            assertThat(degraded.json().get("status").asText()).isEqualTo("DEGRADED");
            JsonNode library = degraded.json().path("details").path("library");
            assertThat(library.get("status").asText()).isEqualTo("DEGRADED");
            assertThat(library.path("details").get("reason").asText()).contains("rejected");
            assertThat(library.path("details").get("problems").toString()).contains("schema-unknown-field");
            // the last good library keeps answering
            assertThat(send(client, HttpRequest.GET("/api/v1/snippets/why-dicom-security--journalists")).status()).isEqualTo(200);
        } finally {
            Files.writeString(reply, good, StandardCharsets.UTF_8);
            answers.library().reload("test");
        }
        JsonNode recovered = send(client, withToken(HttpRequest.GET("/health"))).json().path("details").path("library");
        assertThat(recovered.get("status").asText()).isEqualTo("UP");
        assertThat(recovered.path("details").get("searchByMeaning").asText()).isEqualTo("all-MiniLM-L6-v2 (quantised)");
    }

    @Test
    void management_endpoints_need_the_token_or_are_off_and_answer_problems() {
        Reply metrics = send(client, HttpRequest.GET("/prometheus"));
        assertThat(metrics.status()).isEqualTo(401);
        assertThat(metrics.json().get("status").asInt()).isEqualTo(401);
        for (String path : List.of("/metrics", "/beans", "/env", "/loggers", "/routes", "/threaddump", "/info")) {
            Reply r = send(client, HttpRequest.GET(path));
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.json().get("detail").asText()).as(path).isNotBlank();
        }
    }
}
