package org.dicomstandard.quotable.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.library.DueReviews;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.search.AnswerService;
import org.dicomstandard.quotable.events.Recorded;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Slack bot end to end: requests signed as Slack signs them, the Slack Web API and
 * response_url played by a local fake, the blocks sent asserted.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackBotTest implements TestPropertyProvider {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final ObjectMapper JSON = new ObjectMapper();
    final FakeSlack slack = new FakeSlack();
    Path data;

    @Inject
    EmbeddedServer server;
    @Inject
    AnswerService answers;
    @Inject
    org.dicomstandard.quotable.sync.ReminderSink reminders;
    SlackRequests requests;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path root = Files.createTempDirectory("quotable-slack");
            data = Files.createTempDirectory("quotable-slack-data");
            Fixtures.layer(root, "library/valid", "library/serving");
            return Map.of("quotable.library", root.toString(), "quotable.data", data.toString(), "quotable.watch", "false",
                    "quotable.public-url", "https://quotable.example.org",
                    "slack.signing-secret", SECRET, "slack.bot-token", "xoxb-test-token", "slack.api-url", slack.url() + "/api/");
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @AfterAll
    void stop() {
        slack.close();
    }

    @BeforeEach
    void reset() {
        requests = new SlackRequests(server.getURL().toString(), SECRET);
        slack.calls.clear();
        slack.failPostMessage = false;
        slack.failResponseUrl = false;
    }

    private String respondUrl(String id) {
        return slack.url() + "/respond/" + id;
    }

    private static JsonNode json(String s) throws Exception {
        return JSON.readTree(s);
    }

    private static JsonNode payload(FakeSlack.Call call) throws Exception {
        return FakeSlack.payload(call);
    }

    private static String blockText(JsonNode blocks) {
        return blocks.toString();
    }

    @Test
    void a_signed_slash_command_gets_the_approved_reply_as_ephemeral_blocks() throws Exception {
        HttpResponse<String> r = requests.command("Does DICOM support encryption?", respondUrl("1"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().getBytes(StandardCharsets.UTF_8).length);
        JsonNode body = json(r.body());
        assertThat(body.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(body.get("text").asText()).isNotBlank();
        JsonNode blocks = body.get("blocks");
        assertThat(blocks.get(0).get("type").asText()).isEqualTo("header");
        assertThat(blocks.get(1).get("type").asText()).isEqualTo("context");
        assertThat(blocks.get(1).toString()).contains(" words", "approved by alice-wg14 on 2026-01-10", "review by 2027-06-01");
        String text = blockText(blocks);
        assertThat(text).contains("\"action_id\":\"post_to_channel\"", "\"action_id\":\"open_faq\"",
                "https://quotable.example.org/faq#why-dicom-security--journalists");
        blocks.findValues("verbatim").forEach(v -> assertThat(v.asBoolean()).isTrue());
    }

    @Test
    void a_bad_signature_or_an_old_timestamp_gets_401() throws Exception {
        String body = SlackRequests.form(Map.of("command", "/wg14", "text", "help", "response_url", respondUrl("x")));
        String now = Long.toString(System.currentTimeMillis() / 1000);
        assertThat(requests.send(body, "application/x-www-form-urlencoded", now, "v0=deadbeef").statusCode()).isEqualTo(401);
        String old = Long.toString(System.currentTimeMillis() / 1000 - 6 * 60);
        String signedOld = new com.slack.api.app_backend.SlackSignature.Generator(SECRET).generate(old, body);
        assertThat(requests.send(body, "application/x-www-form-urlencoded", old, signedOld).statusCode()).isEqualTo(401);
        String signed = new com.slack.api.app_backend.SlackSignature.Generator(SECRET).generate(now, body);
        assertThat(requests.send(body + "&text=other", "application/x-www-form-urlencoded", now, signed).statusCode()).isEqualTo(401);
    }

    @Test
    void an_unsigned_payload_gets_401_as_a_problem_and_one_warning_a_minute_however_many_arrive() throws Exception {
        ch.qos.logback.classic.Logger log = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(SlackController.class);
        var appender = new ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent>();
        appender.start();
        log.addAppender(appender);
        try {
            for (int i = 0; i < 25; i++) {
                HttpResponse<String> r = requests.send("payload=%7B%22type%22%3A%22block_actions%22%7D" + i,
                        "application/x-www-form-urlencoded", "", "");
                assertThat(r.statusCode()).isEqualTo(401);
                assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            }
            assertThat(appender.list).filteredOn(e -> e.getLevel() == ch.qos.logback.classic.Level.WARN).hasSizeLessThanOrEqualTo(1);
            assertThat(appender.list).allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        } finally {
            log.detachAppender(appender);
        }
    }

    @Test
    void a_signed_request_sent_again_within_its_window_is_refused_as_a_replay() throws Exception {
        String body = SlackRequests.form(Map.of("command", "/wg14", "text", "help", "response_url", respondUrl("r"), "nonce", "replay-test"));
        String now = Long.toString(System.currentTimeMillis() / 1000);
        String signature = new com.slack.api.app_backend.SlackSignature.Generator(SECRET).generate(now, body);
        assertThat(requests.send(body, "application/x-www-form-urlencoded", now, signature).statusCode()).isEqualTo(200);
        assertThat(requests.send(body, "application/x-www-form-urlencoded", now, signature).statusCode()).isEqualTo(401);
    }

    @Test
    void a_signed_body_that_is_not_a_slack_payload_gets_400_not_500() throws Exception {
        HttpResponse<String> r = requests.post("payload=%7Bnot-json", "application/x-www-form-urlencoded");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    }

    @Test
    void bolt_does_not_log_requests_at_info() {
        assertThat(org.slf4j.LoggerFactory.getLogger("com.slack.api.bolt.App").isInfoEnabled()).isFalse();
    }

    @Test
    void help_and_audiences_explain_how_to_ask() throws Exception {
        assertThat(json(requests.command("help", respondUrl("h")).body()).toString()).contains("/wg14 why doesn't dicom include security");
        assertThat(json(requests.command("audiences", respondUrl("a")).body()).toString()).contains("pacs-admins", "Hospital CISOs");
    }

    @Test
    void an_audience_named_at_the_end_picks_that_audiences_reply() throws Exception {
        JsonNode blocks = json(requests.command("Does DICOM support encryption? for researchers", respondUrl("2")).body()).get("blocks");
        assertThat(blocks.get(0).toString()).contains("Internal note for researchers");
        assertThat(blocks.get(1).toString()).contains("Researchers", "internal, not for publication");
        assertThat(blocks.toString()).doesNotContain("open_faq");
    }

    @Test
    void no_confident_match_says_so_offers_the_closest_titles_and_records_the_miss() throws Exception {
        JsonNode body = json(requests.command("what is the weather in Geneva tomorrow", respondUrl("3")).body());
        String text = body.get("blocks").toString();
        assertThat(text).contains("No approved reply matches");
        assertThat(body.get("blocks").findValues("action_id").stream().map(JsonNode::asText).toList()).allMatch("pick_reply"::equals)
                .hasSizeLessThanOrEqualTo(3);
        assertThat(Recorded.questions(answers.events(), Instant.EPOCH, true))
                .anyMatch(m -> m.question().contains("weather in Geneva") && m.channel().equals("slack"));
    }

    @Test
    void without_github_settings_a_miss_offers_no_draft_and_the_draft_command_says_what_it_needs() throws Exception {
        String miss = requests.command("what is the weather in Geneva tomorrow", respondUrl("d0")).body();
        assertThat(miss).contains("No approved reply matches").doesNotContain(SlackDrafts.BUTTON);
        String answer = json(requests.command("draft what is the weather in Geneva tomorrow", respondUrl("d1")).body()).get("text").asText();
        assertThat(answer).contains("QUOTABLE_GITHUB_TOKEN and QUOTABLE_GITHUB_REPO").doesNotContain("SLACK_BOT_TOKEN");
        requests.action(SlackRequests.blockAction(SlackDrafts.BUTTON, "an old button", respondUrl("d2")));
        assertThat(payload(slack.await("/respond/d2")).get("text").asText()).contains("QUOTABLE_GITHUB_TOKEN");
        assertThat(slack.calls).noneMatch(c -> c.path().endsWith("/views.open"));
    }

    @Test
    void post_to_channel_shares_the_reply_saying_who_shared_it() throws Exception {
        assertThat(requests.action(SlackRequests.blockAction("post_to_channel", "why-dicom-security--journalists", respondUrl("4"))).statusCode())
                .isEqualTo(200);
        JsonNode posted = payload(slack.await("/respond/4"));
        assertThat(posted.get("response_type").asText()).isEqualTo("in_channel");
        assertThat(posted.get("blocks").toString()).contains("shared by <@U1>").doesNotContain("post_to_channel");
        assertThat(Recorded.replies(answers.events(), Instant.EPOCH)).as("recorded, without who shared it")
                .anyMatch(c -> c.replyId().equals("why-dicom-security--journalists") && c.channel().equals("slack") && c.what().equals("posted"));
    }

    @Test
    void other_audience_replaces_the_reply_with_that_version() throws Exception {
        requests.action(SlackRequests.select("other_audience", "why-dicom-security--journalists--de", respondUrl("5")));
        JsonNode shown = payload(slack.await("/respond/5"));
        assertThat(shown.get("replace_original").asBoolean()).isTrue();
        assertThat(shown.get("blocks").get(0).toString()).contains("Warum hat DICOM keine Sicherheit?");
    }

    @Test
    void next_match_shows_the_next_confident_reply() throws Exception {
        JsonNode first = json(requests.command("Does DICOM support encryption?", respondUrl("6")).body()).get("blocks");
        JsonNode next = null;
        for (JsonNode block : first) {
            for (JsonNode el : block.path("elements")) {
                if ("next_match".equals(el.path("action_id").asText())) next = el;
            }
        }
        assertThat(next).as("a Next match button").isNotNull();
        assertThat(next.get("value").asText().length()).isLessThanOrEqualTo(2000);
        requests.action(SlackRequests.blockAction("next_match", next.get("value").asText(), respondUrl("7")));
        JsonNode shown = payload(slack.await("/respond/7"));
        assertThat(shown.get("blocks").get(0).toString()).isNotEqualTo(first.get(0).toString());
    }

    @Test
    void a_mention_is_answered_in_a_thread_and_a_direct_message_in_the_dm() throws Exception {
        requests.event(SlackRequests.eventCallback("{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> Does DICOM support encryption?\","
                + "\"ts\":\"1700000000.000100\",\"channel\":\"C1\",\"event_ts\":\"1700000000.000100\"}"));
        JsonNode thread = payload(slack.await("/chat.postMessage"));
        assertThat(thread.get("channel").asText()).isEqualTo("C1");
        assertThat(thread.get("thread_ts").asText()).isEqualTo("1700000000.000100");
        assertThat(thread.get("blocks").toString()).contains("Why doesn't DICOM include security?").doesNotContain("post_to_channel");

        slack.calls.clear();
        requests.event(SlackRequests.eventCallback("{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\",\"text\":\"Warum hat DICOM keine Sicherheit?\","
                + "\"ts\":\"1700000001.000100\",\"channel\":\"D1\",\"event_ts\":\"1700000001.000100\"}"));
        JsonNode dm = payload(slack.await("/chat.postMessage"));
        assertThat(dm.get("channel").asText()).isEqualTo("D1");
        assertThat(dm.has("thread_ts")).isFalse();
    }

    @Test
    void a_failing_slack_api_is_survived_and_the_command_still_answers() throws Exception {
        slack.failPostMessage = true;
        slack.failResponseUrl = true;
        assertThat(requests.event(SlackRequests.eventCallback("{\"type\":\"app_mention\",\"user\":\"U1\",\"text\":\"<@UBOT> dicom\","
                + "\"ts\":\"1.2\",\"channel\":\"C1\",\"event_ts\":\"1.2\"}")).statusCode()).isEqualTo(200);
        slack.await("/chat.postMessage");
        assertThat(requests.action(SlackRequests.blockAction("post_to_channel", "why-dicom-security--journalists", respondUrl("8"))).statusCode())
                .isEqualTo(200);
        HttpResponse<String> r = requests.command("Does DICOM support encryption?", respondUrl("9"));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(json(r.body()).get("blocks")).isNotEmpty();
    }

    @Test
    void the_weekly_review_reminder_is_posted_with_the_bot_token() throws Exception {
        var library = new LibraryValidator(Fixtures.TODAY).validate(Fixtures.layer(Files.createTempDirectory("quotable-due"), "library/valid")).library();
        reminders.post("#wg14-secretariat", DueReviews.of(library, LocalDate.parse("2027-05-20"), 30));
        JsonNode posted = payload(slack.await("/chat.postMessage"));
        assertThat(posted.get("channel").asText()).isEqualTo("#wg14-secretariat");
        assertThat(posted.get("text").asText()).startsWith("*Replies due for review by 2027-06-19*").contains("why-dicom-security--journalists");
    }

    @Test
    void the_context_line_says_who_approved_the_reply() throws Exception {
        JsonNode blocks = json(requests.command("Does DICOM support encryption?", respondUrl("p")).body()).get("blocks");
        assertThat(blocks.get(1).toString()).contains("approved by alice-wg14 on 2026-01-10");
    }
}
