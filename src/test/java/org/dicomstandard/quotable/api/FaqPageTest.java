package org.dicomstandard.quotable.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The FAQ page's HTML carries its first data (FaqController): only what the public may see, whoever
 * asks; a search in the URL already answered; hostile parameters never an error; and no reply text
 * able to end the data block it sits in.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaqPageTest extends ApiFixture {
    private static final String OPEN = "<script type=\"application/json\" id=\"faq-data\">";

    @Inject
    @Client("/")
    HttpClient http;
    BlockingHttpClient client;

    @BeforeEach
    void client() {
        client = http.toBlocking();
    }

    private JsonNode data(Reply page) throws IOException {
        assertThat(page.status()).isEqualTo(200);
        int from = page.body().indexOf(OPEN) + OPEN.length();
        return JSON.readTree(page.body().substring(from, page.body().indexOf("</script>", from)));
    }

    @Test
    void the_page_carries_only_public_replies_even_for_a_token_holder() throws IOException {
        for (HttpRequest<?> request : new HttpRequest<?>[] {HttpRequest.GET("/faq"), withToken(HttpRequest.GET("/faq")),
                withToken(HttpRequest.GET("/faq?audience=vendors&q=" + enc("exposed archives report")))}) {
            Reply page = send(client, request);
            Set<String> ids = new HashSet<>();
            ApiVisibilityTest.collectIds(data(page), ids);
            assertThat(ids).containsExactlyInAnyOrderElementsOf(ApiVisibilityTest.PUBLIC);
            assertThat(page.header("Cache-Control")).isEqualTo("public, max-age=60");
        }
    }

    @Test
    void a_search_in_the_url_is_answered_inside_the_page() throws IOException {
        JsonNode search = data(send(client, HttpRequest.GET("/faq?lang=de&q=" + enc(" Does DICOM support encryption? ")))).get("search");
        assertThat(search.get("q").asText()).isEqualTo("Does DICOM support encryption?");
        assertThat(search.get("audience").asText()).isEqualTo("journalists");
        assertThat(search.get("lang").asText()).isEqualTo("de");
        assertThat(search.get("result").get("hits").get(0).get("id").asText()).isEqualTo("why-dicom-security--journalists--de");
    }

    @Test
    void unknown_or_oversized_parameters_still_get_the_default_page() throws IOException {
        JsonNode data = data(send(client, HttpRequest.GET("/faq?audience=" + enc("<b>x</b>") + "&lang=xx&q=" + "a".repeat(10_000))));
        assertThat(data.get("audience").asText()).isEqualTo("journalists");
        assertThat(data.get("lang").asText()).isEqualTo("en");
        assertThat(data.get("search").isNull()).isTrue();
        assertThat(ids(data.get("snippets"))).containsExactly("why-dicom-security--journalists");
    }

    @Test
    void the_page_carries_the_asked_language_and_english_and_names_the_others() throws IOException {
        JsonNode german = data(send(client, HttpRequest.GET("/faq?lang=DE")));
        assertThat(german.get("lang").asText()).isEqualTo("de");
        assertThat(german.get("languages").toString()).isEqualTo("[\"de\",\"en\"]");
        assertThat(ids(german.get("snippets")))
                .containsExactlyInAnyOrder("why-dicom-security--journalists", "why-dicom-security--journalists--de");
    }

    @Test
    void an_unchanged_page_is_not_sent_twice() {
        Reply first = send(client, HttpRequest.GET("/faq"));
        Reply again = send(client, HttpRequest.GET("/faq").header("If-None-Match", first.header("ETag")));
        assertThat(again.status()).isEqualTo(304);
    }

    @Test
    void reply_text_cannot_close_the_data_block_or_open_a_comment() throws IOException {
        String json = "{\"body\":\"</script><script>alert(1)</script><!-- & \u2028\"}";
        String inline = FaqController.inline(json.getBytes(StandardCharsets.UTF_8));
        assertThat(inline).doesNotContain("<", ">", "&", "\u2028");
        assertThat(JSON.readTree(inline)).isEqualTo(JSON.readTree(json));
    }

    private static List<String> ids(JsonNode replies) {
        List<String> ids = new ArrayList<>();
        replies.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
