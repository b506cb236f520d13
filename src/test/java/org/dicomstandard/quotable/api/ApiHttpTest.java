package org.dicomstandard.quotable.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.URI;
import java.net.http.HttpResponse.BodyHandlers;

import static org.assertj.core.api.Assertions.assertThat;

/** HTTP done right: caching, CORS, compression, formats, and errors as problem+json. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiHttpTest extends ApiFixture {
    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    EmbeddedServer server;
    BlockingHttpClient client;

    @BeforeEach
    void client() {
        client = http.toBlocking();
    }

    @Test
    void an_unchanged_answer_is_not_sent_twice() {
        Reply first = send(client, HttpRequest.GET("/api/v1/snippets/why-dicom-security--journalists"));
        String etag = first.header("ETag");
        assertThat(etag).isNotBlank();
        assertThat(first.header("Cache-Control")).isEqualTo("public, max-age=60");

        Reply again = send(client, HttpRequest.GET("/api/v1/snippets/why-dicom-security--journalists").header("If-None-Match", etag));
        assertThat(again.status()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        Reply other = send(client, HttpRequest.GET("/api/v1/snippets/why-dicom-security--journalists--de").header("If-None-Match", etag));
        assertThat(other.status()).isEqualTo(200);
    }

    @Test
    void answers_for_token_holders_are_never_stored_by_shared_caches() {
        Reply r = send(client, withToken(HttpRequest.GET("/api/v1/snippets")));
        assertThat(r.header("Cache-Control")).isEqualTo("private, no-cache");
        assertThat(r.header("Vary")).contains("Authorization");
    }

    @Test
    void another_sites_faq_page_may_call_the_api_from_a_configured_origin() throws Exception {
        // The JDK client: Micronaut's own client manages Origin itself.
        assertThat(allowOrigin("OPTIONS", "https://faq.example.org")).hasValue("https://faq.example.org");
        assertThat(allowOrigin("GET", "https://faq.example.org")).hasValue("https://faq.example.org");
        assertThat(allowOrigin("GET", "https://evil.example.net")).isEmpty();
    }

    private java.util.Optional<String> allowOrigin(String method, String origin) throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/search?q=dicom"))
                .method(method, java.net.http.HttpRequest.BodyPublishers.noBody())
                .header("Origin", origin).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "authorization").build();
        return java.net.http.HttpClient.newHttpClient().send(request, BodyHandlers.discarding()).headers()
                .firstValue("Access-Control-Allow-Origin");
    }

    @Test
    void large_answers_are_compressed_for_clients_that_accept_it() throws Exception {
        var request = java.net.http.HttpRequest.newBuilder(URI.create(server.getURL() + "/api/v1/snippets"))
                .header("Accept-Encoding", "gzip").build();
        var response = java.net.http.HttpClient.newHttpClient().send(request, BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void a_reply_comes_as_json_plain_text_or_markdown() {
        JsonNode json = send(client, HttpRequest.GET("/api/v1/snippets/why-dicom-security--journalists")).json();
        assertThat(json.get("wordCount").asInt()).isEqualTo(37);
        assertThat(json.get("html").asText()).contains("<strong>secure transport</strong>");
        assertThat(json.get("text").asText()).doesNotContain("**");
        assertThat(json.get("approvedOn").asText()).isEqualTo("2026-01-10");
        assertThat(json.get("versions")).extracting(JsonNode::toString).asString().contains("why-dicom-security--journalists--de");
        assertThat(json.get("faqUrl").asText()).isEqualTo("https://quotable.example.org/faq#why-dicom-security--journalists");

        Reply text = send(client, HttpRequest.GET("/api/v1/snippets/why-dicom-security--journalists").accept("text/plain"));
        assertThat(text.header("Content-Type")).startsWith("text/plain");
        assertThat(text.body()).startsWith("Why doesn't DICOM include security?").contains("Sources:").doesNotContain("**");

        Reply md = send(client, HttpRequest.GET("/api/v1/snippets/why-dicom-security--journalists").accept("text/markdown"));
        assertThat(md.header("Content-Type")).startsWith("text/markdown");
        assertThat(md.body()).startsWith("# Why doesn't DICOM include security?").contains("**secure transport**", "## Sources");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "/api/v1/snippets/no-such-reply | 404 | No approved reply",
            "/api/v1/search?q=dicom&audience=astronauts | 400 | Valid audiences: journalists, general-public",
            "/api/v1/snippets?audience=astronauts | 400 | Valid audiences:",
            "/api/v1/search?q=dicom&topic=quantum | 400 | Valid topics:",
            "/api/v1/search?q=dicom&limit=0 | 400 | limit must be between 1 and 50",
            "/api/v1/search?q=dicom&limit=51 | 400 | limit must be between 1 and 50",
            "/api/v1/search?q=dicom&limit=abc | 400 | The parameter 'limit' must be a whole number.",
            "/api/v1/search?q=dicom&lang=e_n | 400 | BCP 47",
            "/api/v1/no/such/route | 404 | ",
    })
    void errors_are_problem_json_that_say_what_is_wrong(String path, int status, String detail) {
        Reply r = send(client, HttpRequest.GET(path.strip()));
        assertThat(r.status()).isEqualTo(status);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = r.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        if (detail != null) assertThat(problem.get("detail").asText()).contains(detail.strip());
        assertThat(r.body()).doesNotContain("Exception", "\tat ", "org.dicomstandard", "Failed to convert", "For input string");
    }

    @Test
    void a_question_over_1000_characters_is_refused() {
        Reply r = send(client, HttpRequest.GET("/api/v1/search?q=" + "a".repeat(1001)));
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.json().get("detail").asText()).contains("1000");
        assertThat(send(client, HttpRequest.GET("/api/v1/search?q=" + "a".repeat(1000))).status()).isEqualTo(200);
    }

    @Test
    void ping_is_constant_and_small() {
        Reply r = send(client, HttpRequest.GET("/api/v1/ping"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("{\"status\":\"ok\"}");
    }

    @Test
    void the_faq_page_forbids_inline_script() {
        Reply r = send(client, HttpRequest.GET("/faq"));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.header("Content-Type")).startsWith("text/html");
        String csp = r.header("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(r.body()).contains("<script src=\"/assets/faq.js\" defer></script>").doesNotContain("onclick", "<script>");
        assertThat(send(client, HttpRequest.GET("/assets/faq.js")).status()).isEqualTo(200);
        assertThat(send(client, HttpRequest.GET("/assets/faq.css")).status()).isEqualTo(200);
    }

    @Test
    void metrics_count_searches_per_channel_for_prometheus() {
        send(client, HttpRequest.GET("/api/v1/search?q=dicom+security"));
        Reply r = send(client, withToken(HttpRequest.GET("/prometheus")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("quotable_searches_total{channel=\"api\"", "quotable_search_seconds_count{channel=\"api\"");
    }

    @Test
    void the_matrix_names_the_press_contact_from_audiences_yaml() {
        JsonNode contact = send(client, HttpRequest.GET("/api/v1/matrix")).json().get("contact");
        assertThat(contact.get("name").asText()).isNotBlank();
        assertThat(contact.get("url").asText()).startsWith("https://");
    }
}
