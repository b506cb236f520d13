package org.dicomstandard.quotable.slack;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.slack.api.util.json.GsonFactory;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.answer.PresentedReply;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Snippet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Slack's limits hold for every reply in the shipped library, and no text can notify a channel. */
class SlackLimitsTest {
    private static final Library LIBRARY = new LibraryValidator().validate(Fixtures.shippedLibrary()).library();
    private static final Gson GSON = GsonFactory.createSnakeCase();

    static Stream<Snippet> replies() {
        return LIBRARY.snippets().stream().filter(Snippet::isApproved);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("replies")
    void every_reply_fits_slacks_limits(Snippet s) {
        List<Snippet> versions = replies().filter(o -> o.topic().equals(s.topic()) && !o.id().equals(s.id())).toList();
        String longestState = new NextMatch("q".repeat(5000), "journalists", 4).encode();
        var presented = PresentedReply.of(s, LIBRARY.matrix(), java.time.Instant.parse("2099-01-01T00:00:00Z"),
                "https://faq.example.org/faq#" + s.id(), "approved by alice-wg14 on 2026-01-10 in #12", versions,
                List.of("There is no reply on this topic for Researchers; this one is for Journalists."));
        var options = new ReplyBlocks.Options(longestState, true, true, "U1", "q".repeat(5000));
        JsonArray blocks = GSON.toJsonTree(ReplyBlocks.reply(presented, options)).getAsJsonArray();

        assertThat(blocks.size()).isLessThanOrEqualTo(50);
        assertThat(ReplyBlocks.fallback(s)).isNotBlank();
        for (JsonElement b : blocks) {
            JsonObject block = b.getAsJsonObject();
            String type = block.get("type").getAsString();
            if (type.equals("header")) assertThat(text(block).length()).isLessThanOrEqualTo(150);
            if (type.equals("section")) assertThat(text(block).length()).isLessThanOrEqualTo(3000);
            if (type.equals("actions")) {
                for (JsonElement e : block.getAsJsonArray("elements")) {
                    JsonObject el = e.getAsJsonObject();
                    if (el.has("text")) assertThat(el.getAsJsonObject("text").get("text").getAsString().length()).isLessThanOrEqualTo(75);
                    if (el.has("value")) assertThat(el.get("value").getAsString().length()).isLessThanOrEqualTo(2000);
                    if (el.has("options")) {
                        for (JsonElement o : el.getAsJsonArray("options")) {
                            assertThat(o.getAsJsonObject().getAsJsonObject("text").get("text").getAsString().length()).isLessThanOrEqualTo(75);
                        }
                    }
                }
            }
        }
        assertMrkdwnIsVerbatimAndSafe(blocks);
    }

    private static String text(JsonObject block) {
        return block.getAsJsonObject("text").get("text").getAsString();
    }

    private static void assertMrkdwnIsVerbatimAndSafe(JsonElement e) {
        if (e.isJsonArray()) {
            e.getAsJsonArray().forEach(SlackLimitsTest::assertMrkdwnIsVerbatimAndSafe);
        } else if (e.isJsonObject()) {
            JsonObject o = e.getAsJsonObject();
            if (o.has("type") && o.get("type").getAsString().equals("mrkdwn")) {
                assertThat(o.get("verbatim").getAsBoolean()).isTrue();
                String text = o.get("text").getAsString();
                assertThat(text).doesNotContainIgnoringCase("<!channel").doesNotContainIgnoringCase("<!here")
                        .doesNotContainIgnoringCase("<!everyone").doesNotContainIgnoringCase("@channel")
                        .doesNotContainIgnoringCase("@here").doesNotContainIgnoringCase("@everyone");
                // every '<' opens a link or a user mention the bot made itself
                String[] parts = text.split("<", -1);
                for (int i = 1; i < parts.length; i++) assertThat(parts[i]).matches("(?s)(https://|@U).*");
            }
            o.entrySet().forEach(en -> assertMrkdwnIsVerbatimAndSafe(en.getValue()));
        }
    }

    @Test
    void text_from_users_and_the_library_cannot_mention_or_link() {
        assertThat(SlackText.escape("<!channel> & <@U123> @here @everyone <https://evil|x>"))
                .isEqualTo("&lt;!channel&gt; &amp; &lt;@U123&gt; @\u200Bhere @\u200Beveryone &lt;https://evil|x&gt;");
        assertThat(SlackText.mrkdwn("**bold** _it_ [link](https://example.org) <b>raw</b> [bad](javascript:alert(1))"))
                .isEqualTo("*bold* _it_ <https://example.org|link> &lt;b&gt;raw&lt;/b&gt; bad");
        assertThat(ReplyBlocks.noMatch("<!here> hi @channel", List.of(), false).toString()).doesNotContain("<!here>");
    }

    @Test
    void a_long_paragraph_is_split_at_a_space_under_the_section_limit() {
        String paragraph = "word ".repeat(1000).strip();
        List<String> chunks = ReplyBlocks.chunks(List.of("short", paragraph, "end"), 3000);
        assertThat(chunks).allSatisfy(c -> assertThat(c.length()).isLessThanOrEqualTo(3000));
        assertThat(String.join(" ", chunks).replace("\n\n", " ").split("\\s+")).hasSize(1002);
    }
}
