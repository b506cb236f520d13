package org.dicomstandard.quotable.slack;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.github.FakeGitHub;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.slf4j.LoggerFactory;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drafting a reply from Slack end to end: signed requests (the miss's button, the slash command, the
 * form's submission) against the Slack fake, the pull request opened on the GitHub fake.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackDraftsTest implements TestPropertyProvider {
    static final String SECRET = "1f742231b10e8888abcd99yyyzzz85a7";
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ASKED = "Are hospitals told which DICOM devices lack TLS?";
    final FakeSlack slack = new FakeSlack();
    final FakeGitHub github = newGitHub();

    @Inject
    EmbeddedServer server;
    SlackRequests requests;

    private static FakeGitHub newGitHub() {
        try {
            return new FakeGitHub();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public Map<String, String> getProperties() {
        try {
            Path root = Files.createTempDirectory("quotable-slack-drafts");
            Fixtures.layer(root, "library/valid", "library/serving");
            Map<String, String> p = new HashMap<>(Map.of("quotable.library", root.toString(), "quotable.watch", "false",
                    "quotable.data", Files.createTempDirectory("quotable-sd-data").toString(),
                    "slack.signing-secret", SECRET, "slack.bot-token", "xoxb-test-token", "slack.api-url", slack.url() + "/api/"));
            p.putAll(Map.of("quotable.github.token", FakeGitHub.TOKEN, "quotable.github.repo", FakeGitHub.REPO,
                    "quotable.github.api", github.url(), "quotable.github.timeout", "3s"));
            return p;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        slack.close();
        github.close();
    }

    @BeforeEach
    void reset() {
        requests = new SlackRequests(server.getURL().toString(), SECRET);
        slack.calls.clear();
        slack.failPostEphemeral = false;
        github.requests.clear();
        github.failWith(0);
        github.delay(Duration.ZERO);
    }

    private String respondUrl(String id) {
        return slack.url() + "/respond/" + id;
    }

    /** A view_submission of the draft form, as Slack sends it (a fresh trigger each time: the service refuses a replayed request). */
    private static String submission(Map<String, String> texts, String topic, String audience, String language) {
        Map<String, Object> values = new LinkedHashMap<>();
        texts.forEach((id, v) -> values.put(id, Map.of(id, Map.of("type", "plain_text_input", "value", v))));
        Map.of("topic", topic, "audience", audience, "language", language).forEach((id, v) -> values.put(id, Map.of(id,
                Map.of("type", "static_select", "selected_option", Map.of("text", Map.of("type", "plain_text", "text", v), "value", v)))));
        Map<String, Object> view = Map.of("id", "V2", "type", "modal", "callback_id", DraftForm.CALLBACK, "hash", "h1",
                "private_metadata", "{\"channel\":\"C1\"}", "state", Map.of("values", values));
        return new Gson().toJson(Map.of("type", "view_submission", "team", Map.of("id", "T1"), "api_app_id", "A1", "token", "legacy",
                "trigger_id", "t" + System.nanoTime(), "user", Map.of("id", "U1", "username", "sec", "name", "sec", "team_id", "T1"), "view", view));
    }

    private static Map<String, String> valid() {
        Map<String, String> texts = new HashMap<>(Map.of(
                "title", "Why do few devices use TLS?",
                "summary", "Many installed devices predate the secure profiles; sites turn them on as they replace equipment.",
                "body", "Secure transport has been **specified** for years. Sites enable it as they renew devices.",
                "sources", "DICOM PS3.15 | https://dicom.nema.org/medical/dicom/current/output/html/part15.html",
                "questions", ASKED + "\nWhy is DICOM traffic unencrypted?\nDoes DICOM support TLS?"));
        return texts;
    }

    private JsonNode told() throws Exception {
        return FakeSlack.payload(slack.await("/chat.postEphemeral"));
    }

    @Test
    void a_miss_offers_draft_a_reply_and_the_button_opens_the_form_with_the_question_first() throws Exception {
        String question = "what is the weather in Geneva tomorrow";
        JsonNode miss = JSON.readTree(requests.command(question, respondUrl("m1")).body());
        JsonNode button = miss.findParents("action_id").stream().filter(n -> n.path("action_id").asText().equals(SlackDrafts.BUTTON))
                .findFirst().orElseThrow();
        assertThat(button.path("value").asText()).isEqualTo(question);

        assertThat(requests.action(SlackRequests.blockAction(SlackDrafts.BUTTON, question, respondUrl("m2"))).statusCode()).isEqualTo(200);
        JsonNode open = FakeSlack.payload(slack.await("/views.open"));
        assertThat(open.path("trigger_id").asText()).isEqualTo("t1");
        JsonNode view = open.get("view");
        assertThat(view.path("callback_id").asText()).isEqualTo(DraftForm.CALLBACK);
        assertThat(DraftForm.Origin.decode(view.path("private_metadata").asText()).channel()).isEqualTo("C1");
        assertThat(element(view, "questions").path("initial_value").asText()).isEqualTo(question);
        assertThat(element(view, "topic").path("options").findValuesAsText("value")).contains("tls-adoption", "why-dicom-security");
        assertThat(element(view, "audience").path("options").findValuesAsText("value")).contains("vendors", "journalists");
        assertThat(element(view, "language").path("initial_option").path("value").asText()).isEqualTo("en");
        for (String id : List.of("title", "summary", "body", "sources")) assertThat(element(view, id).path("type").asText()).isEqualTo("plain_text_input");
    }

    @Test
    void the_draft_command_opens_the_form_with_the_audience_and_language_it_can_tell() throws Exception {
        HttpResponse<String> ack = requests.command("draft " + ASKED + " for vendors", respondUrl("c1"));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("No approved reply");
        JsonNode view = FakeSlack.payload(slack.await("/views.open")).get("view");
        assertThat(element(view, "questions").path("initial_value").asText()).isEqualTo(ASKED);
        assertThat(element(view, "audience").path("initial_option").path("value").asText()).isEqualTo("vendors");

        slack.calls.clear();
        requests.command("Entwurf Warum verschlüsseln die meisten Geräte ihre Verbindungen nicht?", respondUrl("c2"));
        view = FakeSlack.payload(slack.await("/views.open")).get("view");
        assertThat(element(view, "language").path("initial_option").path("value").asText()).isEqualTo("de");
    }

    @Test
    void a_submitted_draft_becomes_a_pull_request_and_the_writer_gets_its_link() throws Exception {
        github.delay(Duration.ofMillis(300)); // five calls: GitHub takes 1.5 s, the form is closed long before
        HttpResponse<String> ack = requests.action(submission(valid(), "tls-adoption", "vendors", "en"));
        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.body()).doesNotContain("response_action");
        assertThat(github.openedPulls()).noneMatch(p -> p.path("head_ref").asText().contains("tls-adoption--vendors"));

        JsonNode told = told();
        assertThat(told.path("channel").asText()).isEqualTo("C1");
        assertThat(told.path("user").asText()).isEqualTo("U1");
        JsonNode pr = github.openedPulls().stream().filter(p -> p.path("head_ref").asText().contains("tls-adoption--vendors")).findFirst().orElseThrow();
        assertThat(told.path("text").asText()).contains("<" + pr.path("html_url").asText() + "|pull request #" + pr.path("number").asInt() + ">",
                "snippets/tls-adoption/vendors.yaml", "served nowhere");
        assertThat(pr.path("body").asText()).contains("sec", ASKED);
        String committed = github.branches.get(pr.path("head_ref").asText()).get("snippets/tls-adoption/vendors.yaml");
        assertThat(committed).contains("status: draft").doesNotContain("approved_by");
        assertThat(committed.indexOf(ASKED)).isLessThan(committed.indexOf("Why is DICOM traffic unencrypted?"));
    }

    @Test
    void obvious_field_errors_go_back_to_the_form_at_once_and_nothing_is_sent() throws Exception {
        Map<String, String> texts = valid();
        texts.put("title", "  ");
        texts.put("body", "word ".repeat(800));
        texts.put("sources", "DICOM PS3.15 | https://dicom.nema.org/\nPS3.15 http://dicom.nema.org/insecure");
        texts.put("questions", ASKED);
        JsonNode ack = JSON.readTree(requests.action(submission(texts, "tls-adoption", "vendors", "en")).body());
        assertThat(ack.path("response_action").asText()).isEqualTo("errors");
        JsonNode errors = ack.get("errors");
        assertThat(errors.path("title").asText()).contains("needs a title");
        assertThat(errors.path("body").asText()).contains("815 words", "limit is 700");
        assertThat(errors.path("sources").asText()).contains("Line 2", "title | https://");
        assertThat(errors.path("questions").asText()).contains("3 to 12", "now 1");

        texts = valid();
        texts.put("sources", "DICOM PS3.15 | http://dicom.nema.org/");
        errors = JSON.readTree(requests.action(submission(texts, "tls-adoption", "vendors", "en")).body()).get("errors");
        assertThat(errors.path("sources").asText()).contains("Line 1", "https://");
        assertThat(errors.size()).isEqualTo(1);
        Thread.sleep(200);
        assertThat(github.requests).isEmpty();
        assertThat(slack.calls).noneMatch(c -> c.path().endsWith("/chat.postEphemeral"));
    }

    @Test
    void a_draft_the_validator_refuses_is_not_sent_and_the_writer_gets_the_problems_and_the_draft() throws Exception {
        Map<String, String> texts = valid();
        texts.put("summary", "This summary goes on and on. ".repeat(13));
        assertThat(requests.action(submission(texts, "tls-adoption", "pacs-admins", "en")).body()).doesNotContain("response_action");
        String text = told().path("text").asText();
        assertThat(text).contains("not sent", "nothing was committed", "words-summary", "summary has 78 words",
                "Your draft, so nothing is lost", "status: draft", "This summary goes on and on.", "/wg14 draft");
        assertThat(github.requests).isEmpty();
    }

    @Test
    void a_reply_that_exists_gets_an_edit_pull_request_and_the_writer_is_told_so() throws Exception {
        github.branches.get("main").put("snippets/why-dicom-security/journalists.yaml", "the approved text");
        assertThat(requests.action(submission(valid(), "why-dicom-security", "journalists", "en")).statusCode()).isEqualTo(200);
        String text = told().path("text").asText();
        assertThat(text).contains("exists already", "snippets/why-dicom-security/journalists.yaml", "edit", "out of service");
        assertThat(github.openedPulls()).anyMatch(p -> p.path("title").asText().startsWith("Edit reply why-dicom-security--journalists"));
        assertThat(github.branches.get("main").get("snippets/why-dicom-security/journalists.yaml")).isEqualTo("the approved text");
    }

    @Test
    void github_refusing_or_failing_is_a_clear_message_and_no_token_reaches_a_log_line() throws Exception {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> log = new ListAppender<>();
        log.start();
        root.addAppender(log);
        try {
            Map<Integer, String> hints = Map.of(403, "lack permission", 404, "Check the repository name", 500, "try again later");
            for (var hint : hints.entrySet()) {
                slack.calls.clear();
                github.failWith(hint.getKey());
                requests.action(submission(valid(), "malware-defense", "cisos", "de"));
                String text = told().path("text").asText();
                assertThat(text).as("%s", hint.getKey()).contains("No pull request was opened", "GitHub answered " + hint.getKey(), hint.getValue(),
                        "Your draft, so nothing is lost", "language: de").doesNotContain(FakeGitHub.TOKEN);
            }
        } finally {
            root.detachAppender(log);
        }
        assertThat(log.list).isNotEmpty().noneMatch(e -> e.getFormattedMessage().contains(FakeGitHub.TOKEN)
                || (e.getThrowableProxy() != null && String.valueOf(e.getThrowableProxy().getMessage()).contains(FakeGitHub.TOKEN)));
        assertThat(github.openedPulls()).noneMatch(p -> p.path("head_ref").asText().contains("malware-defense--cisos"));
    }

    @Test
    void the_writer_is_told_in_a_direct_message_when_the_bot_is_not_in_the_channel() throws Exception {
        slack.failPostEphemeral = true;
        requests.action(submission(valid(), "tls-adoption", "cisos", "en"));
        JsonNode dm = FakeSlack.payload(slack.await("/chat.postMessage"));
        assertThat(dm.path("channel").asText()).isEqualTo("U1");
        assertThat(dm.path("text").asText()).contains("pull request #", "snippets/tls-adoption/cisos.yaml");
    }

    /** The input element of a form block. */
    private static JsonNode element(JsonNode view, String blockId) {
        for (JsonNode b : view.get("blocks")) if (b.path("block_id").asText().equals(blockId)) return b.get("element");
        throw new AssertionError("no block " + blockId + " in " + view);
    }
}
