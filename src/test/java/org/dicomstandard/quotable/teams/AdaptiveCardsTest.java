package org.dicomstandard.quotable.teams;

import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Source;
import org.dicomstandard.quotable.library.Status;
import org.dicomstandard.quotable.library.Visibility;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class AdaptiveCardsTest {
    private static final AdaptiveCards.Context PUBLIC = new AdaptiveCards.Context("Journalists", "Why?", false,
            "https://quotable.example.org/faq#t--journalists", null, null, "WG-14 press office", "mailto:press@example.org");

    private static Snippet snippet(Visibility visibility, String title, String summary, String body, Source... sources) {
        return new Snippet("t--journalists", "t", "journalists", "en", Status.APPROVED, visibility, title, List.of("a", "b", "c"),
                summary, body, List.of(sources), List.of("alice"), LocalDate.of(2026, 11, 20), LocalDate.of(2027, 11, 20), null);
    }

    private static Snippet plain(Visibility visibility) {
        return snippet(visibility, "Title", "Summary.", "Body.", new Source("DICOM PS3.15", "https://dicom.nema.org/part15.html"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> body(Map<String, Object> card) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Object e : (List<Object>) card.get("body")) {
            Map<String, Object> m = (Map<String, Object>) e;
            out.add(m);
            if (m.containsKey("items")) out.addAll((List<Map<String, Object>>) m.get("items"));
        }
        return out;
    }

    private static List<String> texts(Map<String, Object> card) {
        return body(card).stream().filter(e -> "TextBlock".equals(e.get("type"))).map(e -> (String) e.get("text")).toList();
    }

    @Test
    void library_text_cannot_become_markup_a_mention_or_a_link_elsewhere() {
        Snippet s = snippet(Visibility.PUBLIC, "<at>everyone</at> at R&D", "Use <b>this</b>.",
                "Hi <at>Team</at>, see [this](javascript:alert(1)) and [that](https://example.org/a_(b)).\n\n<div>block</div>",
                new Source("A <i>source</i>", "http://insecure.example.org"));
        Map<String, Object> card = AdaptiveCards.reply(s, PUBLIC);
        String all = String.join("\n", texts(card));
        assertThat(all).doesNotContain("<").doesNotContain(">").doesNotContain("javascript:").doesNotContain("http://");
        assertThat(texts(card).get(0)).isEqualTo("&lt;at&gt;everyone&lt;/at&gt; at R&amp;D");
        assertThat(all).contains("Hi &lt;at&gt;Team&lt;/at&gt;, see this and [that](https://example.org/a_%28b%29)")
                .contains("&lt;div&gt;block&lt;/div&gt;").contains("- A &lt;i&gt;source&lt;/i&gt;");
    }

    @Test
    void markdown_becomes_the_subset_teams_shows_in_a_card() {
        Snippet s = snippet(Visibility.PUBLIC, "T", "S", """
                # Heading

                Some *emphasis*, **strong** and `code`, snake\\_case and a [link](https://example.org).

                - one
                - two
                  - nested

                3. three
                4. four

                ---

                    indented code
                """, new Source("Src", "https://example.org/src"));
        List<Map<String, Object>> blocks = body(AdaptiveCards.reply(s, PUBLIC));
        assertThat(blocks).anySatisfy(b -> {
            assertThat(b.get("text")).isEqualTo("Heading");
            assertThat(b.get("weight")).isEqualTo("Bolder");
        });
        assertThat(blocks).anySatisfy(b -> assertThat(b.get("text"))
                .isEqualTo("Some _emphasis_, **strong** and code, snake\\_case and a [link](https://example.org)."));
        assertThat(blocks).anySatisfy(b -> assertThat(b.get("text")).isEqualTo("- one\r- two\r    - nested"));
        assertThat(blocks).anySatisfy(b -> assertThat(b.get("text")).isEqualTo("3. three\r4. four"));
        assertThat(blocks).anySatisfy(b -> {
            assertThat(b.get("text")).isEqualTo("indented code");
            assertThat(b.get("fontType")).isEqualTo("Monospace");
            assertThat(b.get("separator")).isEqualTo(true);
        });
    }

    @Test
    void a_public_reply_has_one_button_to_its_faq_page_and_an_internal_one_none() {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> actions = (List<Map<String, Object>>) AdaptiveCards.reply(plain(Visibility.PUBLIC), PUBLIC).get("actions");
        assertThat(actions).singleElement().satisfies(a -> {
            assertThat(a.get("type")).isEqualTo("Action.OpenUrl");
            assertThat(a.get("url")).isEqualTo("https://quotable.example.org/faq#t--journalists");
        });
        AdaptiveCards.Context local = new AdaptiveCards.Context("Journalists", "Why?", false, "http://localhost:8080/faq#t--journalists", null, null, null, null);
        assertThat(AdaptiveCards.reply(plain(Visibility.PUBLIC), local).toString()).contains("url=http://localhost:8080/faq#t--journalists");
        AdaptiveCards.Context internal = new AdaptiveCards.Context("Journalists", "Why?", false, null, null, null, null, null);
        Map<String, Object> card = AdaptiveCards.reply(plain(Visibility.INTERNAL), internal);
        assertThat(card).doesNotContainKey("actions");
        assertThat(card.toString()).contains("Internal: not for publication");
    }

    @Test
    void an_overdue_reply_is_flagged_above_the_facts_and_in_them() {
        AdaptiveCards.Context overdue = new AdaptiveCards.Context("Journalists", "Why?", true, null, null, null, null, null);
        List<Map<String, Object>> blocks = body(AdaptiveCards.reply(plain(Visibility.PUBLIC), overdue));
        assertThat(blocks.get(1).get("color")).isEqualTo("Attention");
        assertThat((String) blocks.get(1).get("text")).startsWith("⚠ Review overdue").contains("2027-11-20");
        assertThat(blocks.get(2).get("type")).isEqualTo("FactSet");
        assertThat(blocks.get(2).toString()).contains("value=2027-11-20 ⚠ overdue");
        assertThat(body(AdaptiveCards.reply(plain(Visibility.PUBLIC), PUBLIC)).toString()).doesNotContain("overdue");
    }

    @Test
    void a_card_without_the_body_still_has_the_facts_summary_sources_and_button() {
        Map<String, Object> card = AdaptiveCards.withoutBody(plain(Visibility.PUBLIC), PUBLIC);
        assertThat(texts(card)).contains("Summary.").doesNotContain("Body.");
        assertThat(texts(card)).anyMatch(t -> t.contains("too long for a Teams message"));
        assertThat(card).containsKey("actions");
    }
}
