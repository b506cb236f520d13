package org.dicomstandard.quotable.teams;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micronaut.json.JsonMapper;
import org.dicomstandard.quotable.Fixtures;
import org.dicomstandard.quotable.QuotableConfiguration;
import org.dicomstandard.quotable.answer.PresentedReply;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.Matrix;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.render.ReplyFormats;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every approved reply in this repository's library, as Teams would receive it: a well-formed
 * Adaptive Card 1.4 in a message under Teams' 28 KB limit, with the facts, the body, the sources,
 * and the FAQ button only for public replies.
 */
class ShippedLibraryCardsTest {
    private static final QuotableConfiguration CONFIG = new QuotableConfiguration(".", "data", null, true, false,
            "https://quotable.example.org");
    private static final ObjectMapper READ = new ObjectMapper();
    private static final JsonMapper WRITE = JsonMapper.createDefault();
    private static Validation validation;

    @BeforeAll
    static void load() {
        validation = new LibraryValidator().validate(Fixtures.shippedLibrary());
        assertThat(validation.errors()).isEmpty();
    }

    static Stream<Snippet> approved() {
        if (validation == null) load();
        return validation.library().snippets().stream().filter(Snippet::isApproved);
    }

    private static byte[] message(Snippet s, Instant now) throws IOException {
        Matrix matrix = validation.library().matrix();
        return WRITE.writeValueAsBytes(TeamsMessages.card(AdaptiveCards.reply(s, TeamsBot.context(PresentedReply.of(s, matrix, now, CONFIG.faqUrl(s.id()), null, List.of(), List.of())))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approved")
    void the_card_of_every_approved_reply_fits_in_a_teams_message(Snippet s) throws IOException {
        // Overdue adds the warning: measure the larger card, a year and a day after the review date.
        Instant late = s.reviewBy().plusDays(366).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        assertThat(message(s, late).length).as(s.id()).isLessThan(AdaptiveCards.MAX_MESSAGE_BYTES);
        assertThat(message(s, Fixtures.TODAY.instant()).length).as(s.id()).isLessThan(AdaptiveCards.MAX_MESSAGE_BYTES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("approved")
    void the_card_of_every_approved_reply_is_a_well_formed_adaptive_card(Snippet s) throws IOException {
        JsonNode activity = READ.readTree(message(s, Fixtures.TODAY.instant()));
        assertThat(activity.path("type").asText()).isEqualTo("message");
        assertThat(activity.path("attachments")).hasSize(1);
        assertThat(activity.path("attachments").path(0).path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = activity.path("attachments").path(0).path("content");
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.4");

        List<JsonNode> elements = new ArrayList<>();
        collect(card.path("body"), elements);
        assertThat(elements.get(0).path("type").asText()).isEqualTo("TextBlock");
        List<String> facts = new ArrayList<>();
        for (JsonNode e : elements) {
            if (e.path("type").asText().equals("FactSet")) e.path("facts").forEach(f -> facts.add(f.path("title").asText() + ": " + f.path("value").asText()));
            if (e.path("type").asText().equals("TextBlock")) {
                assertThat(e.path("wrap").asBoolean()).as("TextBlocks wrap").isTrue();
                assertThat(e.path("text").asText()).as(s.id() + ": no raw markup or mention").doesNotContain("<").doesNotContain(">");
            }
            assertThat(e.path("type").asText()).as("Teams renders only these elements here").isIn("TextBlock", "FactSet", "Container");
        }
        Matrix matrix = validation.library().matrix();
        assertThat(facts).contains("Audience: " + matrix.audiences().get(s.audience()).label(),
                "Words: " + ReplyFormats.wordCount(s), "Approved on: " + s.approvedOn(), "Review by: " + s.reviewBy());
        assertThat(facts).anyMatch(f -> f.startsWith("Topic: "));
        assertThat(elements.stream().filter(e -> e.path("type").asText().equals("TextBlock")).count())
                .as("title, summary, body, sources").isGreaterThanOrEqualTo(5);
        assertThat(card.toString()).contains("Sources");
        for (var source : s.sources()) assertThat(card.toString()).contains(source.url());

        if (s.isPublic()) {
            assertThat(card.path("actions")).hasSize(1);
            assertThat(card.path("actions").path(0).path("type").asText()).isEqualTo("Action.OpenUrl");
            assertThat(card.path("actions").path(0).path("url").asText()).isEqualTo("https://quotable.example.org/faq#" + s.id());
        } else {
            assertThat(card.has("actions")).isFalse();
            assertThat(card.toString()).doesNotContain("Action.OpenUrl").doesNotContain("/faq#");
        }
    }

    @Test
    void the_shipped_library_has_public_and_internal_replies_to_check() {
        assertThat(approved().filter(Snippet::isPublic).count()).isGreaterThan(20);
        assertThat(approved().filter(s -> !s.isPublic()).count()).isPositive();
    }

    private static void collect(JsonNode elements, List<JsonNode> out) {
        for (JsonNode e : elements) {
            out.add(e);
            if (e.has("items")) collect(e.path("items"), out);
        }
    }
}
