package org.dicomstandard.quotable.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.BlockingHttpClient;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.FixedClockFactory;
import org.dicomstandard.quotable.GitRemote;
import org.dicomstandard.quotable.api.OpenApiCheck;
import org.eclipse.jgit.revwalk.RevCommit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dicomstandard.quotable.GitRemote.files;
import static org.dicomstandard.quotable.GitRemote.journalistsPath;
import static org.dicomstandard.quotable.GitRemote.newReply;

/**
 * The whole path from a merged pull request to a served answer: the application started on a
 * clone of a real bare repository, GitHub's signed push webhook over HTTP, search and health.
 * Each test pushes and checks its own replies (none relies on another's); they share one remote,
 * so the order only keeps the force push, which rewrites that remote's history, last.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GitHubWebhookTest implements TestPropertyProvider {
    static final String SECRET = "webhook-secret-7d2e";
    static final String TOKEN = "test-token-sync";
    static final ObjectMapper JSON = new ObjectMapper();
    Path tmp;
    GitRemote remote;

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    GitSync sync;
    BlockingHttpClient client;

    @Override
    public Map<String, String> getProperties() {
        try {
            tmp = Files.createTempDirectory("quotable-sync");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        remote = GitRemote.seeded(tmp.resolve("origin"), "library/valid");
        return Map.of("quotable.library", tmp.resolve("clone").toString(), "quotable.data", tmp.resolve("data").toString(),
                "quotable.git.remote", remote.url(), "quotable.git.fetch-interval", "1h",
                "quotable.git.webhook-secret", SECRET, "quotable.api-token", TOKEN, FixedClockFactory.PROPERTY, "true");
    }

    @BeforeEach
    void idle() throws Exception {
        client = http.toBlocking();
        sync.awaitIdle(Duration.ofSeconds(30)); // the start-up fetch, or a previous test's sync
    }

    @AfterAll
    void close() {
        remote.close();
    }

    record Answer(int status, JsonNode json) {
    }

    static String sign(String secret, String body) {
        return "sha256=" + HexFormat.of().formatHex(GitHubWebhook.hmac(secret.getBytes(StandardCharsets.UTF_8),
                body.getBytes(StandardCharsets.UTF_8)));
    }

    Answer send(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> r = client.exchange(request, String.class);
            return new Answer(r.code(), json(r.getBody().orElse("null")));
        } catch (HttpClientResponseException e) {
            return new Answer(e.getStatus().getCode(), json(e.getResponse().getBody(String.class).orElse("null")));
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(body, e);
        }
    }

    Answer webhook(String event, String body, String signature, String delivery) {
        MutableHttpRequest<String> request = HttpRequest.POST("/hooks/github", body).contentType(MediaType.APPLICATION_JSON_TYPE)
                .header("X-GitHub-Event", event).header("X-GitHub-Delivery", delivery);
        if (signature != null) request.header("X-Hub-Signature-256", signature);
        return send(request);
    }

    Answer pushed(RevCommit c) {
        String body = GitRemote.pushPayload("main", c.name());
        return webhook("push", body, sign(SECRET, body), UUID.randomUUID().toString());
    }

    boolean searchable(String question, String id) {
        JsonNode hits = send(HttpRequest.GET("/api/v1/search?q=" + question.replace(" ", "+"))).json().get("hits");
        for (JsonNode h : hits) if (h.get("id").asText().equals(id)) return true;
        return false;
    }

    int reply(String id) {
        return send(HttpRequest.GET("/api/v1/snippets/" + id).bearerAuth(TOKEN)).status();
    }

    JsonNode health(String component) {
        return send(HttpRequest.GET("/health").bearerAuth(TOKEN)).json().path("details").path(component);
    }

    @Test
    @Order(1)
    @Timeout(30)
    void a_signed_push_webhook_makes_a_newly_merged_reply_searchable() throws Exception {
        String question = "certificates for imaging devices";
        assertThat(searchable(question, "tls-adoption--journalists")).isFalse();
        RevCommit merge = remote.mergePullRequest(12, "tls-reply", files(journalistsPath("tls-adoption"),
                newReply("tls-adoption", "Why do few imaging devices use certificates?")));

        long start = System.nanoTime();
        Answer a = pushed(merge);
        assertThat(a.status()).isEqualTo(202);
        assertThat(a.json().get("outcome").asText()).isEqualTo("accepted");
        while (!searchable(question, "tls-adoption--journalists")) Thread.sleep(20);
        System.out.printf("webhook to served: %d ms%n", (System.nanoTime() - start) / 1_000_000);

        // The sync swaps the library in first and publishes provenance right after: wait for both.
        JsonNode reply = send(HttpRequest.GET("/api/v1/snippets/tls-adoption--journalists")).json();
        while (!merge.name().equals(reply.path("provenance").path("commit").asText())) {
            Thread.sleep(20);
            reply = send(HttpRequest.GET("/api/v1/snippets/tls-adoption--journalists")).json();
        }
        JsonNode provenance = reply.get("provenance");
        assertThat(provenance.get("commit").asText()).isEqualTo(merge.name());
        assertThat(provenance.get("pullRequest").asInt()).isEqualTo(12);
        assertThat(provenance.get("summary").asText()).startsWith("approved by alice-wg14 on 2026-01-10, PR #12 merged ");
        OpenApiCheck openapi = new OpenApiCheck(new ObjectMapper(new YAMLFactory()).readTree(
                client.retrieve(HttpRequest.GET("/openapi.yml"), String.class)));
        assertThat(openapi.errors(reply, openapi.component("Views.Reply"))).isEmpty();
        assertThat(openapi.errors(a.json(), openapi.component("GitHubWebhook.Receipt"))).isEmpty();
        JsonNode git = health("git");
        while (!merge.abbreviate(7).name().equals(git.path("details").path("serving").asText())) { // the status is set last
            Thread.sleep(20);
            git = health("git");
        }
        assertThat(git.get("status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void a_forged_webhook_changes_nothing() throws Exception {
        RevCommit c = remote.commit("Add admin checklist", files(journalistsPath("admin-checklist"),
                newReply("admin-checklist", "What should a PACS administrator check first?")));
        String body = GitRemote.pushPayload("main", c.name());
        long before = sync.requests();

        Answer wrongSecret = webhook("push", body, sign("guessed-secret", body), UUID.randomUUID().toString());
        Answer unsigned = webhook("push", body, null, UUID.randomUUID().toString());
        Answer tampered = webhook("push", body.replace("wg14", "mallory"), sign(SECRET, body), UUID.randomUUID().toString());
        Answer garbage = webhook("push", body, "sha256=not-hex", UUID.randomUUID().toString());

        for (Answer a : new Answer[]{wrongSecret, unsigned, tampered, garbage}) {
            assertThat(a.status()).isEqualTo(401);
            assertThat(a.json().get("detail").asText()).isEqualTo("The signature is not valid.");
        }
        sync.awaitIdle(Duration.ofSeconds(30));
        assertThat(sync.requests()).isEqualTo(before);
        assertThat(reply("admin-checklist--journalists")).isEqualTo(404);
    }

    @Test
    @Order(3)
    void a_delivery_received_twice_is_processed_once() throws Exception {
        RevCommit c = remote.commit("Add malware reply", files(journalistsPath("malware-defense"),
                newReply("malware-defense", "How do hospitals keep malware out of DICOM files?")));
        String body = GitRemote.pushPayload("main", c.name());
        String delivery = UUID.randomUUID().toString();
        long before = sync.requests();

        Answer first = webhook("push", body, sign(SECRET, body), delivery);
        Answer again = webhook("push", body, sign(SECRET, body), delivery);

        assertThat(first.status()).isEqualTo(202);
        assertThat(first.json().get("outcome").asText()).isEqualTo("accepted");
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.json().get("outcome").asText()).isEqualTo("duplicate");
        assertThat(sync.requests()).isEqualTo(before + 1);
        sync.awaitIdle(Duration.ofSeconds(30));
        assertThat(reply("malware-defense--journalists")).isEqualTo(200);
    }

    @Test
    @Order(4)
    void a_push_to_another_branch_and_other_events_are_ignored() throws Exception {
        RevCommit draft = remote.pushToBranch("draft-nist", files(journalistsPath("nist-pacs-guide"),
                newReply("nist-pacs-guide", "What does the NIST guide say about PACS?")));
        String body = GitRemote.pushPayload("draft-nist", draft.name());
        long before = sync.requests();

        Answer branch = webhook("push", body, sign(SECRET, body), UUID.randomUUID().toString());
        String ping = "{\"zen\":\"Keep it logically awesome.\",\"hook_id\":1}";
        Answer pingEvent = webhook("ping", ping, sign(SECRET, ping), UUID.randomUUID().toString());

        assertThat(branch.status()).isEqualTo(202);
        assertThat(branch.json().get("outcome").asText()).isEqualTo("ignored");
        assertThat(pingEvent.status()).isEqualTo(202);
        assertThat(pingEvent.json().get("outcome").asText()).isEqualTo("ignored");
        assertThat(sync.requests()).isEqualTo(before);
        sync.awaitIdle(Duration.ofSeconds(30));
        assertThat(reply("nist-pacs-guide--journalists")).isEqualTo(404);
    }

    @Test
    @Order(5)
    void a_push_of_an_invalid_reply_is_rejected_while_the_old_library_keeps_answering() throws Exception {
        RevCommit bad = remote.commit("Add cloud reply", files(journalistsPath("cloud-deployment"),
                GitRemote.invalidReply("cloud-deployment")));

        assertThat(pushed(bad).status()).isEqualTo(202);
        sync.awaitIdle(Duration.ofSeconds(30));

        JsonNode library = health("library");
        assertThat(library.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(library.path("details").path("lastReload").get("trigger").asText()).isEqualTo("git " + bad.abbreviate(7).name() + " (push)");
        assertThat(library.path("details").get("problems").toString()).contains("snippets/cloud-deployment/journalists.yaml", "schema-unknown-field");
        JsonNode git = health("git");
        assertThat(git.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(git.path("details").get("outcome").asText()).isEqualTo("REJECTED");
        assertThat(git.path("details").get("refusedCommit").asText()).isEqualTo(bad.abbreviate(7).name());
        assertThat(reply("why-dicom-security--journalists")).isEqualTo(200);
        assertThat(searchable("Does DICOM support encryption&audience=journalists&lang=en", "why-dicom-security--journalists")).isTrue();
        assertThat(reply("cloud-deployment--journalists")).isEqualTo(404);

        RevCommit fix = remote.commit("Fix the typo", files(journalistsPath("cloud-deployment"),
                newReply("cloud-deployment", "Is the cloud safe for medical images?")));
        pushed(fix);
        sync.awaitIdle(Duration.ofSeconds(30));
        assertThat(health("library").get("status").asText()).isEqualTo("UP");
        assertThat(health("git").get("status").asText()).isEqualTo("UP");
        assertThat(reply("cloud-deployment--journalists")).isEqualTo(200);
    }

    @Test
    @Order(6)
    void a_non_fast_forward_history_is_refused_and_reported() throws Exception {
        RevCommit kept = remote.commit("Add maintenance reply", files(journalistsPath("standard-maintenance"),
                newReply("standard-maintenance", "Is the DICOM standard kept up to date?")));
        assertThat(pushed(kept).status()).isEqualTo(202);
        sync.awaitIdle(Duration.ofSeconds(30));
        String serving = health("git").path("details").get("serving").asText();
        assertThat(serving).as("serving its own push (is a reply left broken on the shared remote?)").isEqualTo(kept.abbreviate(7).name());
        assertThat(reply("standard-maintenance--journalists")).isEqualTo(200);
        RevCommit rewritten = remote.rewriteLastCommit("Rewritten history", files(journalistsPath("white-papers"),
                newReply("white-papers", "Where are the white papers on DICOM security?")));

        assertThat(pushed(rewritten).status()).isEqualTo(202);
        sync.awaitIdle(Duration.ofSeconds(30));

        JsonNode git = health("git");
        assertThat(git.get("status").asText()).isEqualTo("DEGRADED");
        assertThat(git.path("details").get("outcome").asText()).isEqualTo("NOT_FAST_FORWARD");
        assertThat(git.path("details").get("refusedCommit").asText()).isEqualTo(rewritten.abbreviate(7).name());
        assertThat(git.path("details").get("serving").asText()).isEqualTo(serving);
        assertThat(git.path("details").get("detail").asText()).contains("force-pushed");
        assertThat(reply("white-papers--journalists")).isEqualTo(404);
        assertThat(reply("standard-maintenance--journalists")).isEqualTo(200); // the refused rewrite removed it; still served
    }

}
