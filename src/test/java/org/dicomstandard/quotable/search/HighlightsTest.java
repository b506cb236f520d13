package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.Status;
import org.dicomstandard.quotable.library.Visibility;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The passage shown under a hit: the sentence that holds the most of the asker's words, marked, escaped. */
class HighlightsTest {
    private static final Snippet REPLY = reply("leak--journalists", "en",
            "The standard offers secure transport. Hospitals must **switch on** encryption & check <b>firewalls</b>. "
                    + "Encryption of stored images is a separate question.",
            "Security is shared between the standard, vendors and hospitals.");
    private static final Highlights HIGHLIGHTS = new Highlights(List.of(REPLY));

    private static Set<String> stems(String... words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) out.addAll(QueryPlanner.tokens(Analyzers.index(Analyzers.Lang.EN), w));
        return out;
    }

    @Test
    void the_sentence_with_most_of_the_asked_words_is_shown_with_them_marked_and_the_rest_escaped() {
        String passage = HIGHLIGHTS.passage(REPLY, stems("hospitals", "encryption", "firewalls"));
        assertThat(passage).isEqualTo("<mark>Hospitals</mark> must switch on <mark>encryption</mark> &amp; check "
                + "&lt;b&gt;<mark>firewalls</mark>&lt;/b&gt;.");
    }

    @Test
    void a_question_the_body_does_not_match_shows_the_summarys_sentence_or_the_plain_summary() {
        assertThat(HIGHLIGHTS.passage(REPLY, stems("vendors"))).isEqualTo(
                "Security is shared between the standard, <mark>vendors</mark> and hospitals.");
        assertThat(HIGHLIGHTS.passage(REPLY, stems("weather"))).isEqualTo(
                "Security is shared between the standard, vendors and hospitals.");
        assertThat(HIGHLIGHTS.passage(reply("other", "en", "Body.", "A <summary>."), stems("summary")))
                .as("a reply the highlights were not built for").isEqualTo("A &lt;summary&gt;.");
    }

    private static Snippet reply(String id, String language, String body, String summary) {
        return new Snippet(id, "t", "journalists", language, Status.APPROVED, Visibility.PUBLIC, "Title", List.of("Q?"),
                summary, body, List.of(), List.of("r"), LocalDate.of(2026, 11, 20), LocalDate.of(2027, 11, 20), null);
    }
}
