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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the public may see, proved on every endpoint: only approved, public replies past their
 * embargo and not past review. A token adds approved internal (and overdue) replies; drafts,
 * retired and embargoed replies are served nowhere; a wrong token gets 401 and nothing else.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiVisibilityTest extends ApiFixture {
    static final Set<String> PUBLIC = Set.of("why-dicom-security--journalists", "why-dicom-security--journalists--de");
    static final Set<String> INTERNAL_ALSO = Set.of("why-dicom-security--researchers", "exposed-pacs-report--vendors", "tls-adoption--journalists");
    static final Set<String> NEVER = Set.of("standard-maintenance--general-public", "malware-defense--journalists", "heise-rebuttal--journalists");
    static final String QUESTION = "Does DICOM support encryption?";

    @Inject
    @Client("/")
    HttpClient http;
    BlockingHttpClient client;

    @BeforeEach
    void client() {
        client = http.toBlocking();
    }

    /** Every reply id any endpoint shows this caller, highlights and completions included. */
    private Set<String> idsSeen(boolean token) {
        Set<String> ids = new HashSet<>();
        for (String path : List.of("/api/v1/search?limit=50&q=" + enc(QUESTION), "/api/v1/search?limit=50&q=embargoed+leak+ransomware",
                "/api/v1/snippets", "/api/v1/matrix", "/api/v1/suggest?limit=50&q=why", "/api/v1/suggest?limit=50&q=internal",
                "/api/v1/suggest?limit=50&q=ransomware", "/api/v1/suggest?limit=50&q=embargoed")) {
            var request = HttpRequest.GET(path);
            Reply r = send(client, token ? withToken(request) : request);
            assertThat(r.status()).as(path).isEqualTo(200);
            collectIds(r.json(), ids);
        }
        return ids;
    }

    static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            // A reply, hit, version or completion: an id beside a title or a completion text.
            if (node.has("id") && (node.has("title") || node.has("text"))) ids.add(node.get("id").asText());
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals("ids")) e.getValue().forEach(v -> ids.add(v.asText()));
                else collectIds(e.getValue(), ids);
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectIds(n, ids));
        }
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void public_callers_see_only_approved_public_current_replies_on_every_endpoint() {
        assertThat(idsSeen(false)).containsExactlyInAnyOrderElementsOf(PUBLIC);
    }

    @Test
    void token_holders_also_see_internal_and_overdue_replies_but_never_drafts_retired_or_embargoed() {
        Set<String> seen = idsSeen(true);
        assertThat(seen).containsAll(PUBLIC).containsAll(INTERNAL_ALSO).doesNotContainAnyElementsOf(NEVER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"why-dicom-security--researchers", "exposed-pacs-report--vendors", "tls-adoption--journalists",
            "standard-maintenance--general-public", "malware-defense--journalists", "heise-rebuttal--journalists"})
    void a_reply_the_public_may_not_see_is_not_found_by_id(String id) {
        Reply r = send(client, HttpRequest.GET("/api/v1/snippets/" + id));
        assertThat(r.status()).isEqualTo(404);
        assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        assertThat(r.body()).doesNotContain(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"standard-maintenance--general-public", "malware-defense--journalists", "heise-rebuttal--journalists"})
    void drafts_retired_and_embargoed_replies_are_not_found_even_with_the_token(String id) {
        assertThat(send(client, withToken(HttpRequest.GET("/api/v1/snippets/" + id))).status()).isEqualTo(404);
    }

    @Test
    void the_token_reads_an_internal_reply() {
        Reply r = send(client, withToken(HttpRequest.GET("/api/v1/snippets/exposed-pacs-report--vendors")));
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.json().get("visibility").asText()).isEqualTo("internal");
        assertThat(r.json().get("faqUrl").isNull()).isTrue();
    }

    @Test
    void search_highlights_come_only_from_replies_the_caller_may_see() {
        JsonNode hits = send(client, HttpRequest.GET("/api/v1/search?limit=50&q=internal+note+researchers")).json().get("hits");
        hits.forEach(h -> {
            assertThat(PUBLIC).contains(h.get("id").asText());
            assertThat(h.get("highlight").asText()).doesNotContainIgnoringCase("internal note");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/search?q=dicom", "/api/v1/snippets", "/api/v1/snippets/why-dicom-security--journalists",
            "/api/v1/matrix", "/api/v1/suggest?q=why", "/api/v1/misses"})
    void a_wrong_token_gets_401_and_reveals_nothing(String path) {
        for (String auth : List.of("Bearer wrong-token", "Bearer " + TOKEN + "x", "Basic " + TOKEN, "Bearer ")) {
            Reply r = send(client, HttpRequest.GET(path).header("Authorization", auth));
            assertThat(r.status()).as(auth).isEqualTo(401);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.body()).doesNotContain("why-dicom-security", "snippets", TOKEN);
        }
    }
}
