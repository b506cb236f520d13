package org.dicomstandard.quotable.teams.botframework;

import ch.qos.logback.classic.Level;
import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a Teams user gets from the registered bot, end to end through signed Activities and the fake
 * Connector: the reply card with buttons that call back, Next match, Other audience, feedback, and the
 * compose-box search that inserts a card.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TeamsBotTest extends BotFrameworkFixture {
    @Inject
    MeterRegistry metrics;

    @Test
    void a_personal_message_is_answered_with_the_card_and_buttons_that_call_back() throws Exception {
        Map<String, Object> activity = BotSigner.base("message", MICROSOFT.serviceUrl(), false);
        activity.put("text", "why doesn't DICOM include security?");
        Answer a = signed(com.nimbusds.jose.util.JSONObjectUtils.toJSONString(activity));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.response().body()).isEmpty();

        FakeBotFramework.Reply reply = MICROSOFT.awaitReply(5);
        assertThat(reply.path()).isEqualTo("/teams/v3/conversations/a%3A1personal-chat-with-quotable/activities/" + activity.get("id"));
        JsonNode sent = JSON.readTree(reply.body());
        assertThat(sent.path("type").asText()).isEqualTo("message");
        assertThat(sent.path("replyToId").asText()).isEqualTo(activity.get("id"));
        assertThat(sent.path("from").path("id").asText()).isEqualTo("28:" + BotSigner.APP_ID);
        assertThat(sent.path("recipient").path("id").asText()).isEqualTo("29:1a2b3c-secretariat");
        JsonNode card = card(reply);
        assertThat(card.path("body").path(0).path("text").asText()).isEqualTo("Why doesn't DICOM include security?");
        assertThat(titles(card)).containsExactly("Open on the FAQ page", "Next match", "Other audience", "Helpful", "Not helpful");
        JsonNode choices = action(card, "Other audience").path("card").path("body").path(0).path("choices");
        assertThat(choices.findValuesAsText("value")).contains("why-dicom-security--journalists--de")
                .doesNotContain("why-dicom-security--journalists");
        assertThat(action(card, "Helpful").path("data").path("reply").asText()).isEqualTo("why-dicom-security--journalists");
    }

    @Test
    void a_channel_mention_is_answered_in_its_thread_and_help_and_misses_are_texts() throws Exception {
        String channel = BotSigner.message(MICROSOFT.serviceUrl(), "<at>Quotable</at> why doesn&#39;t DICOM include security?", true);
        JsonNode asked = JSON.readTree(channel);
        assertThat(signed(channel).status()).isEqualTo(200);
        FakeBotFramework.Reply reply = MICROSOFT.awaitReply(5);
        assertThat(reply.path()).isEqualTo("/teams/v3/conversations/"
                + URLEncoder.encode(asked.path("conversation").path("id").asText(), StandardCharsets.UTF_8) + "/activities/" + asked.path("id").asText());
        assertThat(card(reply).path("body").path(0).path("text").asText()).isEqualTo("Why doesn't DICOM include security?");

        signed(BotSigner.message(MICROSOFT.serviceUrl(), "<at>Quotable</at> help", true));
        assertThat(JSON.readTree(MICROSOFT.awaitReply(5).body()).path("text").asText()).contains("approved");
        signed(BotSigner.message(MICROSOFT.serviceUrl(), "what does the fax machine cost", false));
        assertThat(JSON.readTree(MICROSOFT.awaitReply(5).body()).path("text").asText()).startsWith("No approved reply answers");
    }

    @Test
    void next_match_shows_another_confident_reply() throws Exception {
        signed(BotSigner.message(MICROSOFT.serviceUrl(), "Does DICOM support encryption?", false));
        JsonNode first = card(MICROSOFT.awaitReply(5));
        JsonNode next = action(first, "Next match");
        assertThat(next.path("type").asText()).isEqualTo("Action.Submit");
        assertThat(signed(BotSigner.submit(MICROSOFT.serviceUrl(), data(next))).status()).isEqualTo(200);
        JsonNode second = card(MICROSOFT.awaitReply(5));
        assertThat(second.path("body").path(0).path("text").asText()).isNotBlank()
                .isNotEqualTo(first.path("body").path(0).path("text").asText());
    }

    @Test
    void other_audience_shows_the_version_picked_in_the_card() throws Exception {
        signed(BotSigner.message(MICROSOFT.serviceUrl(), "why doesn't DICOM include security?", false));
        JsonNode show = action(action(card(MICROSOFT.awaitReply(5)), "Other audience").path("card"), "Show this reply");
        Map<String, Object> pressed = data(show);
        pressed.put("reply", "why-dicom-security--journalists--de"); // Teams merges the card's inputs into the data
        signed(BotSigner.submit(MICROSOFT.serviceUrl(), pressed));
        assertThat(card(MICROSOFT.awaitReply(5)).path("body").path(0).path("text").asText()).isEqualTo("Warum hat DICOM keine Sicherheit?");
    }

    @Test
    void feedback_is_handed_on_and_thanked() throws Exception {
        signed(BotSigner.message(MICROSOFT.serviceUrl(), "why doesn't DICOM include security?", false));
        JsonNode notHelpful = action(card(MICROSOFT.awaitReply(5)), "Not helpful");
        var counter = server.getApplicationContext().getBean(io.micrometer.core.instrument.MeterRegistry.class)
                .counter("quotable.feedback", "reply", "why-dicom-security--journalists", "channel", "teams", "helpful", "false");
        double before = counter.count();
        signed(BotSigner.submit(MICROSOFT.serviceUrl(), data(notHelpful)));
        assertThat(JSON.readTree(MICROSOFT.awaitReply(5).body()).path("text").asText()).contains("not helpful");
        // handed to the one Feedback of the answering core, with the reply and the channel, never who clicked
        assertThat(counter.count()).isEqualTo(before + 1);
    }

    @Test
    void the_compose_box_lists_approved_replies_and_inserts_the_chosen_card() throws Exception {
        double missesBefore = misses();
        Answer listed = signed(BotSigner.invoke(MICROSOFT.serviceUrl(), "composeExtension/query", BotSigner.query("dicom security")));
        assertThat(listed.status()).isEqualTo(200);
        JsonNode result = listed.json().path("composeExtension");
        assertThat(result.path("type").asText()).isEqualTo("result");
        assertThat(result.path("attachmentLayout").asText()).isEqualTo("list");
        JsonNode first = result.path("attachments").path(0).path("preview").path("content");
        assertThat(first.path("title").asText()).isEqualTo("Why doesn't DICOM include security?");
        assertThat(first.path("subtitle").asText()).isEqualTo("Journalists");
        assertThat(first.path("text").asText()).isNotBlank();
        assertThat(result.path("attachments").findValuesAsText("reply"))
                .doesNotContain("standard-maintenance--general-public", "malware-defense--journalists", "heise-rebuttal--journalists");

        Answer chosen = signed(BotSigner.invoke(MICROSOFT.serviceUrl(), "composeExtension/selectItem", data(first.path("tap").path("value"))));
        JsonNode inserted = chosen.json().path("composeExtension").path("attachments").path(0);
        assertThat(inserted.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        assertThat(inserted.path("content").path("body").path(0).path("text").asText()).isEqualTo("Why doesn't DICOM include security?");
        assertThat(titles(inserted.path("content"))).containsExactly("Open on the FAQ page");

        signed(BotSigner.invoke(MICROSOFT.serviceUrl(), "composeExtension/query", BotSigner.query("qwxz plbt")));
        assertThat(misses()).as("half-typed searches are not misses").isEqualTo(missesBefore);
    }

    @Test
    void an_empty_or_10000_character_compose_query_answers_a_short_list() {
        for (String q : List.of("", "x".repeat(10_000), "dicom security ".repeat(700))) {
            Answer a = signed(BotSigner.invoke(MICROSOFT.serviceUrl(), "composeExtension/query", BotSigner.query(q)));
            assertThat(a.status()).as("%d characters", q.length()).isEqualTo(200);
            assertThat(a.json().path("composeExtension").path("attachments").size()).as("%d characters", q.length()).isBetween(q.isEmpty() ? 1 : 0, 10);
        }
        Answer initialRun = signed(BotSigner.invoke(MICROSOFT.serviceUrl(), "composeExtension/query",
                Map.of("commandId", "searchReplies", "parameters", List.of(Map.of("name", "initialRun", "value", "true")))));
        assertThat(initialRun.json().path("composeExtension").path("attachments").size()).isBetween(1, 10);
    }

    private double misses() {
        Counter c = metrics.find("quotable.misses").tag("channel", "teams").counter();
        return c == null ? 0 : c.count();
    }

    private static List<String> titles(JsonNode card) {
        List<String> out = new ArrayList<>();
        card.path("actions").forEach(a -> out.add(a.path("title").asText()));
        return out;
    }

    private static JsonNode action(JsonNode card, String title) {
        for (JsonNode a : card.path("actions")) if (title.equals(a.path("title").asText())) return a;
        throw new AssertionError("no action '" + title + "' in " + card.path("actions"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> data(JsonNode node) {
        JsonNode data = node.has("data") ? node.path("data") : node;
        return new HashMap<>(JSON.convertValue(data, Map.class));
    }
}
