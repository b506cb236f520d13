package org.dicomstandard.quotable.slack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.gson.Gson;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.dicomstandard.quotable.Fixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat features built on the answering core, end to end in the Slack fake with signed requests:
 * feedback buttons, the press contact, the message shortcut, a channel's default audience, App Home.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SlackFeaturesTest implements TestPropertyProvider {
    static final String SECRET = "0f742231b10e8888abcd99yyyzzz85a6";
    static final ObjectMapper JSON = new ObjectMapper();
    final FakeSlack slack = new FakeSlack();

    @Inject
    EmbeddedServer server;
    @Inject
    MeterRegistry metrics;
    SlackRequests requests;

    @Override
    public Map<String, String> getProperties() {
        try {
            Path root = Files.createTempDirectory("quotable-slack-features");
            Fixtures.layer(root, "library/valid", "library/serving");
            Path matrix = root.resolve("audiences.yaml");
            Files.writeString(matrix, Files.readString(matrix).replaceAll("(?m)^contact:.*$",
                    "contact: {name: WG-14 press office, url: \"mailto:press@example.org\"}"));
            return Map.of("quotable.library", root.toString(), "quotable.data", Files.createTempDirectory("quotable-sf-data").toString(),
                    "quotable.watch", "false", "quotable.public-url", "https://quotable.example.org",
                    "slack.signing-secret", SECRET, "slack.bot-token", "xoxb-test-token", "slack.api-url", slack.url() + "/api/",
                    "slack.channel-audiences", "CRESEARCH=researchers, CPRESS=journalists");
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
    }

    private String respondUrl(String id) {
        return slack.url() + "/respond/" + id;
    }

    private static JsonNode payload(FakeSlack.Call call) throws Exception {
        return FakeSlack.payload(call);
    }

    private static String shortcut(Map<String, Object> message, String responseUrl) {
        Map<String, Object> payload = new java.util.HashMap<>(Map.of("type", "message_action", "callback_id", "find_reply",
                "trigger_id", "t1", "token", "legacy", "response_url", responseUrl, "team", Map.of("id", "T1"),
                "channel", Map.of("id", "C1", "name", "press"), "user", Map.of("id", "U1"), "message_ts", "1.0", "action_ts", "1.1"));
        payload.put("message", message);
        return new Gson().toJson(payload);
    }

    private double feedbackCount(String reply, boolean helpful) {
        var c = metrics.find("quotable.feedback").tags("reply", reply, "channel", "slack", "helpful", Boolean.toString(helpful)).counter();
        return c == null ? 0 : c.count();
    }

    @Test
    void every_answer_offers_helpful_buttons_and_a_click_is_recorded_without_who_clicked() throws Exception {
        JsonNode blocks = JSON.readTree(requests.command("Does DICOM support encryption?", respondUrl("f1")).body()).get("blocks");
        JsonNode helpful = blocks.findParents("action_id").stream().filter(n -> n.path("action_id").asText().equals("feedback_helpful"))
                .findFirst().orElseThrow();
        assertThat(blocks.toString()).contains("feedback_not_helpful");
        String value = helpful.get("value").asText();
        assertThat(value).contains("why-dicom-security--journalists", "Does DICOM support encryption?").doesNotContain("U1");
        double before = feedbackCount("why-dicom-security--journalists", true);

        assertThat(requests.action(SlackRequests.blockAction("feedback_helpful", value, respondUrl("f2"))).statusCode()).isEqualTo(200);
        JsonNode answer = payload(slack.await("/respond/f2"));
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).contains("noted as helpful");
        assertThat(feedbackCount("why-dicom-security--journalists", true)).isEqualTo(before + 1);
    }

    @Test
    void feedback_on_a_reply_that_is_gone_gets_a_plain_answer_that_names_nothing() throws Exception {
        String value = new Vote("why-dicom-security--withdrawn", "Is DICOM secret?").encode();
        assertThat(requests.action(SlackRequests.blockAction("feedback_not_helpful", value, respondUrl("g1"))).statusCode()).isEqualTo(200);
        JsonNode answer = payload(slack.await("/respond/g1"));
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        assertThat(answer.get("text").asText()).contains("withdrawn", "not recorded").doesNotContain("why-dicom-security");
        assertThat(feedbackCount("why-dicom-security--withdrawn", false)).isZero();
        requests.action(SlackRequests.blockAction("feedback_helpful", "{not json", respondUrl("g2")));
        assertThat(payload(slack.await("/respond/g2")).get("text").asText()).contains("not recorded");
    }

    @Test
    void the_press_contact_is_named_under_every_reply() throws Exception {
        String blocks = JSON.readTree(requests.command("Does DICOM support encryption?", respondUrl("c1")).body()).get("blocks").toString();
        assertThat(blocks).contains("Press enquiries: <mailto:press@example.org|WG-14 press office>");
    }

    @Test
    void hilfe_asks_for_help_in_slack_too() throws Exception {
        assertThat(JSON.readTree(requests.command("Hilfe", respondUrl("h1")).body()).toString()).contains("Ask for an approved reply");
    }

    @Test
    void a_channel_with_a_default_audience_answers_for_it_unless_the_question_names_another() throws Exception {
        String body = SlackRequests.form(Map.of("command", "/wg14", "text", "Does DICOM support encryption?", "user_id", "U1",
                "channel_id", "CRESEARCH", "team_id", "T1", "response_url", respondUrl("d1"), "trigger_id", "t1", "token", "legacy"));
        assertThat(requests.post(body, "application/x-www-form-urlencoded").body()).contains("Internal note for researchers");
        String named = body.replace("encryption%3F", "encryption%3F+for+journalists");
        assertThat(requests.post(named, "application/x-www-form-urlencoded").body()).doesNotContain("Internal note for researchers");
    }

    @Test
    void the_shortcut_answers_each_question_in_a_message_with_its_confidence() throws Exception {
        String mail = "Hello,\n\nI am writing about the leak. Does DICOM support encryption? And what is the weather in Geneva tomorrow?\n\nThanks";
        assertThat(requests.action(shortcut(Map.of("type", "message", "user", "U2", "ts", "1.0", "text", mail), respondUrl("s1"))).statusCode())
                .isEqualTo(200);
        JsonNode answer = payload(slack.await("/respond/s1"));
        assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
        String blocks = answer.get("blocks").toString();
        assertThat(answer.get("blocks")).hasSize(2);
        assertThat(blocks).contains("Does DICOM support encryption?", "% confident", "pick_reply", "what is the weather in Geneva tomorrow?",
                "No approved reply answers this yet");
    }

    @Test
    void the_shortcut_explains_what_it_cannot_read_instead_of_failing() throws Exception {
        Map<String, Map<String, Object>> cases = Map.of(
                "b1", Map.of("type", "message", "user", "U2", "ts", "1.0", "text", "Is DICOM safe? ".repeat(2700)),
                "b2", Map.of("type", "message", "user", "U2", "ts", "1.0", "text", "", "files", java.util.List.of(Map.of("id", "F1", "name", "leak.pdf"))),
                "b3", Map.of("type", "message", "bot_id", "BBOT", "subtype", "bot_message", "ts", "1.0", "text", "Why doesn't DICOM include security?"));
        Map<String, String> expected = Map.of("b1", "40,499 characters long", "b2", "only files", "b3", "from a bot");
        for (var c : cases.entrySet()) {
            assertThat(requests.action(shortcut(c.getValue(), respondUrl(c.getKey()))).statusCode()).as(c.getKey()).isEqualTo(200);
            JsonNode answer = payload(slack.await("/respond/" + c.getKey()));
            assertThat(answer.get("response_type").asText()).isEqualTo("ephemeral");
            assertThat(answer.get("text").asText()).as(c.getKey()).contains(expected.get(c.getKey()));
        }
    }

    @Test
    void app_home_shows_a_search_box_the_most_asked_questions_and_the_due_reviews_and_answers_a_search() throws Exception {
        requests.command("what is the weather in Geneva tomorrow", respondUrl("m1"));
        requests.event(SlackRequests.eventCallback("{\"type\":\"app_home_opened\",\"user\":\"U1\",\"channel\":\"D1\",\"tab\":\"home\","
                + "\"event_ts\":\"1.0\"}"));
        JsonNode home = payload(slack.await("/views.publish"));
        assertThat(home.get("user_id").asText()).isEqualTo("U1");
        String view = home.get("view").toString();
        assertThat(view).contains("\"type\":\"home\"", "home_search", "Asked most this week", "what is the weather in Geneva tomorrow (", "Due for review");

        slack.calls.clear();
        String search = "{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"team\":{\"id\":\"T1\"},\"api_app_id\":\"A1\",\"token\":\"legacy\","
                + "\"trigger_id\":\"t1\",\"container\":{\"type\":\"view\",\"view_id\":\"V1\"},\"view\":{\"id\":\"V1\",\"type\":\"home\"},"
                + "\"actions\":[{\"action_id\":\"home_search\",\"block_id\":\"b1\",\"type\":\"plain_text_input\",\"action_ts\":\"1.1\","
                + "\"value\":\"Does DICOM support encryption?\"}]}";
        assertThat(requests.action(search).statusCode()).isEqualTo(200);
        assertThat(payload(slack.await("/views.publish")).get("view").toString()).contains("% confident", "pick_reply");
    }
}
