package org.dicomstandard.quotable.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.events.EventQueries;
import org.dicomstandard.quotable.events.Recorded;
import org.dicomstandard.quotable.search.AnswerService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** POST /api/v1/feedback: anonymous "helpful or not" for a public reply, as the OpenAPI document says. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedbackTest extends ApiFixture {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    AnswerService answers;
    BlockingHttpClient client;
    JsonNode openapi;

    @BeforeAll
    void load() throws Exception {
        client = http.toBlocking();
        openapi = new ObjectMapper(new YAMLFactory()).readTree(send(client, HttpRequest.GET("/openapi.yml")).body());
    }

    Reply post(String body) {
        return send(client, HttpRequest.POST("/api/v1/feedback", body).contentType(MediaType.APPLICATION_JSON));
    }

    /** The reply's body matches the schema documented for its status and content type. */
    void conforms(Reply r) {
        JsonNode schema = openapi.path("paths").path("/api/v1/feedback").path("post").path("responses").path(Integer.toString(r.status()))
                .path("content").path(r.header("Content-Type").split(";")[0]).path("schema");
        assertThat(schema.isMissingNode()).as("documented: " + r.status() + " " + r.header("Content-Type")).isFalse();
        assertThat(new OpenApiCheck(openapi).errors(r.json(), schema)).isEmpty();
    }

    @Test
    void feedback_on_a_public_reply_is_accepted_and_recorded_with_the_masked_question() throws Exception {
        Reply r = post("{\"id\":\"why-dicom-security--journalists\",\"helpful\":false,\"q\":\"mail me at a.b@example.org\"}");
        assertThat(r.status()).isEqualTo(202);
        assertThat(r.json().get("recorded").asBoolean()).isTrue();
        conforms(r);
        assertThat(post("{\"id\":\"why-dicom-security--journalists\",\"helpful\":true}").status()).isEqualTo(202);
        assertThat(Recorded.replies(answers.events(), Instant.EPOCH)).contains(
                new EventQueries.ReplyCount("why-dicom-security--journalists", "api", "not-helpful", 1),
                new EventQueries.ReplyCount("why-dicom-security--journalists", "api", "helpful", 1));
        try (EventQueries q = EventQueries.open(answers.events().store())) {
            assertThat(q.complaints(Instant.EPOCH, 10)).extracting(EventQueries.Complaint::question).containsExactly("mail me at [email]");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"why-dicom-security--researchers", "heise-rebuttal--journalists", "malware-defense--journalists",
            "tls-adoption--journalists", "no-such-reply"})
    // internal, under embargo, retired, overdue for review, unknown
    void feedback_on_a_reply_the_public_cannot_see_is_not_found(String id) {
        Reply r = post("{\"id\":\"" + id + "\",\"helpful\":true}");
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        conforms(r);
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[]", "{}", "{\"id\":\"why-dicom-security--journalists\"}",
            "{\"id\":\"why-dicom-security--journalists\",\"helpful\":\"yes\"}", "{\"id\":7,\"helpful\":true}",
            "{\"id\":\"why-dicom-security--journalists\",\"helpful\":true,\"q\":42}"})
    void a_bad_body_is_a_bad_request(String body) {
        Reply r = post(body);
        assertThat(r.status()).as(body).isEqualTo(400);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        conforms(r);
    }
}
