package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.ServingRules;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SearchIndexTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final String QUESTION = "Does DICOM support encryption?";

    @TempDir
    static Path root;
    private static SearchIndex index;

    @BeforeAll
    static void build() {
        index = SearchIndex.build(ServingFixture.load(root), ServingRules.DEFAULT);
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> ids(SearchRequest r, Access access, Instant now) {
        return index.search(r, access, now).hits().stream().map(h -> h.snippet().id()).toList();
    }

    private static List<String> topics(String q, Access access, Instant now) {
        return index.search(new SearchRequest(q, null, null, null, 50), access, now).hits().stream()
                .map(h -> h.snippet().topic()).toList();
    }

    @Test
    void public_callers_get_only_approved_public_current_replies() {
        assertThat(topics(QUESTION, Access.PUBLIC, NOW)).containsExactly("why-dicom-security");
        assertThat(ids(new SearchRequest(QUESTION, "journalists", null, "en", 5), Access.PUBLIC, NOW))
                .containsExactly("why-dicom-security--journalists");
    }

    @Test
    void internal_callers_also_get_internal_and_overdue_replies() {
        assertThat(topics(QUESTION, Access.INTERNAL, NOW))
                .containsExactlyInAnyOrder("why-dicom-security", "exposed-pacs-report", "tls-adoption");
    }

    @Test
    void draft_retired_and_embargoed_replies_are_never_served() {
        for (Access access : Access.values()) {
            assertThat(topics(QUESTION, access, NOW)).doesNotContain("standard-maintenance", "malware-defense", "heise-rebuttal");
            assertThat(index.snippet("standard-maintenance--general-public", access, NOW)).isEmpty();
            assertThat(index.snippet("malware-defense--journalists", access, NOW)).isEmpty();
            assertThat(index.snippet("heise-rebuttal--journalists", access, NOW)).isEmpty();
            assertThat(index.suggest("embargoed leak", null, access, NOW, 10)).isEmpty();
            assertThat(index.suggest("ransomware off imaging", null, access, NOW, 10)).isEmpty();
        }
    }

    @Test
    void an_embargo_lifts_at_its_instant() {
        Instant after = Instant.parse("2030-01-01T09:00:00Z");
        assertThat(topics(QUESTION, Access.INTERNAL, after.minusSeconds(1))).doesNotContain("heise-rebuttal");
        assertThat(topics(QUESTION, Access.INTERNAL, after)).contains("heise-rebuttal");
        assertThat(index.snippet("heise-rebuttal--journalists", Access.INTERNAL, after)).isPresent();
        // Public too, where overdue replies stay public (by 2030 this one is past its review date).
        try (SearchIndex lenient = SearchIndex.build(index.library(), new ServingRules(false))) {
            java.util.function.Function<Instant, List<String>> publicTopics = at -> lenient.search(
                    new SearchRequest(QUESTION, null, null, null, 50), Access.PUBLIC, at).hits().stream().map(h -> h.snippet().topic()).toList();
            assertThat(publicTopics.apply(after.minusSeconds(1))).doesNotContain("heise-rebuttal");
            assertThat(publicTopics.apply(after)).contains("heise-rebuttal");
        }
    }

    @Test
    void what_search_by_meaning_may_compare_follows_the_asked_instant_in_either_order() {
        // The flags of servable replies are kept per period: asking later, then earlier, then later
        // again must each see that period's replies, for each kind of caller.
        Instant embargoed = Instant.parse("2029-12-31T09:00:00Z");
        Instant lifted = Instant.parse("2030-01-01T09:00:00Z");
        Instant beforeReview = Instant.parse("2026-01-05T10:00:00Z");
        for (Instant at : List.of(lifted, embargoed, lifted, embargoed)) {
            assertThat(meaningSees("heise-rebuttal--journalists", Access.INTERNAL, at, null)).isEqualTo(at.equals(lifted));
        }
        for (Instant at : List.of(NOW, beforeReview, NOW)) {
            assertThat(meaningSees("tls-adoption--journalists", Access.PUBLIC, at, null)).isEqualTo(at.equals(beforeReview));
            assertThat(meaningSees("tls-adoption--journalists", Access.INTERNAL, at, null)).isTrue();
        }
        assertThat(meaningSees("tls-adoption--journalists", Access.INTERNAL, NOW, "tls-adoption")).isTrue();
        assertThat(meaningSees("tls-adoption--journalists", Access.INTERNAL, NOW, "why-dicom-security")).isFalse();
        assertThat(meaningSees("tls-adoption--journalists", Access.INTERNAL, NOW, "no-such-topic")).isFalse();
    }

    /** Whether the reply was compared by meaning (it has a similarity) for this caller, instant and topic filter. */
    private static boolean meaningSees(String id, Access access, Instant at, String topic) {
        SearchIndex.Ranked r = index.rank(new SearchRequest(QUESTION, null, topic, null, 5), access, at);
        assertThat(index.meaning().available()).isTrue();
        if (r == null) return false;
        Integer i = r.similar().replyIndex().get(id);
        return i != null && !Float.isNaN(r.similar().perReply()[i]);
    }

    @Test
    void a_public_callers_words_follow_the_asked_instant_not_the_wall_clock() {
        // "scanners" is only in the tls-adoption reply, public until its review date (2026-01-10) passes.
        Instant beforeReview = Instant.parse("2026-01-05T10:00:00Z");
        assertThat(index.search(SearchRequest.of("scannrs"), Access.PUBLIC, beforeReview).correctedQuery()).isEqualTo("scanners");
        assertThat(index.search(SearchRequest.of("scannrs"), Access.PUBLIC, NOW).correctedQuery()).isNull();
        assertThat(topics("so few scanners", Access.PUBLIC, beforeReview)).startsWith("tls-adoption");
        assertThat(topics("so few scanners", Access.PUBLIC, NOW)).doesNotContain("tls-adoption");
    }

    @Test
    void overdue_replies_can_stay_public_when_configured() {
        try (SearchIndex lenient = SearchIndex.build(index.library(), new ServingRules(false))) {
            List<String> topics = lenient.search(new SearchRequest(QUESTION, null, null, null, 50), Access.PUBLIC, NOW)
                    .hits().stream().map(h -> h.snippet().topic()).toList();
            assertThat(topics).contains("tls-adoption");
        }
        assertThat(index.snippet("tls-adoption--journalists", Access.PUBLIC, NOW)).isEmpty();
        assertThat(index.snippet("tls-adoption--journalists", Access.INTERNAL, NOW)).isPresent();
    }

    @Test
    void suggestions_follow_the_same_rules_as_search() {
        assertThat(index.suggest("Internal note", null, Access.PUBLIC, NOW, 5)).isEmpty();
        assertThat(index.suggest("Internal note", null, Access.INTERNAL, NOW, 5)).extracting(Suggestion::id)
                .containsExactly("why-dicom-security--researchers");
        assertThat(index.suggest("so few scanners", null, Access.PUBLIC, NOW, 5)).isEmpty();
        assertThat(index.suggest("so few scanners", null, Access.INTERNAL, NOW, 5)).isNotEmpty();
        assertThat(index.suggest("warum hat", "de", Access.PUBLIC, NOW, 5)).extracting(Suggestion::text)
                .containsExactly("Warum hat DICOM keine Sicherheit?");
    }

    @Test
    void an_audience_without_a_reply_falls_back_and_says_so() {
        SearchHit publicHit = index.search(new SearchRequest(QUESTION, "researchers", null, null, 5), Access.PUBLIC, NOW).hits().get(0);
        assertThat(publicHit.snippet().audience()).isEqualTo("journalists");
        assertThat(publicHit.audienceFallback()).isTrue();

        SearchHit internalHit = index.search(new SearchRequest(QUESTION, "researchers", null, null, 5), Access.INTERNAL, NOW).hits().get(0);
        assertThat(internalHit.snippet().id()).isEqualTo("why-dicom-security--researchers");
        assertThat(internalHit.audienceFallback()).isFalse();
    }

    @Test
    void a_german_question_gets_the_german_reply_where_there_is_one_and_else_english_saying_so() {
        SearchHit guessed = index.search(new SearchRequest("Warum hat DICOM keine Sicherheit?", null, null, null, 5), Access.PUBLIC, NOW)
                .hits().get(0);
        assertThat(guessed.snippet().id()).isEqualTo("why-dicom-security--journalists--de");
        assertThat(guessed.languageFallback()).isFalse();
        SearchHit english = index.search(new SearchRequest("Warum nutzen so wenige Scanner Verschlüsselung?", null, "tls-adoption", "de", 5),
                Access.INTERNAL, NOW).hits().get(0);
        assertThat(english.snippet().id()).isEqualTo("tls-adoption--journalists");
        assertThat(english.languageFallback()).isTrue();
    }

    @Test
    void the_asked_language_is_preferred() {
        SearchHit de = index.search(new SearchRequest("Warum hat DICOM keine Sicherheit?", "journalists", null, "de", 5), Access.PUBLIC, NOW).hits().get(0);
        assertThat(de.snippet().id()).isEqualTo("why-dicom-security--journalists--de");
        assertThat(de.languageFallback()).isFalse();
        SearchHit fr = index.search(new SearchRequest(QUESTION, "journalists", null, "fr", 5), Access.PUBLIC, NOW).hits().get(0);
        assertThat(fr.snippet().language()).isEqualTo("en");
        assertThat(fr.languageFallback()).isTrue();
    }

    @Test
    void a_topic_filter_restricts_the_answers() {
        assertThat(index.search(new SearchRequest(QUESTION, null, "tls-adoption", null, 5), Access.INTERNAL, NOW).hits())
                .extracting(h -> h.snippet().topic()).containsOnly("tls-adoption");
    }

    @Test
    void highlights_mark_matched_words_in_escaped_text() {
        String highlight = index.search(SearchRequest.of("secure transport"), Access.PUBLIC, NOW).hits().get(0).highlight();
        assertThat(highlight).contains("<mark>").doesNotContain("**");
    }

    @Test
    void a_misspelt_word_still_finds_the_reply() {
        SearchResult r = index.search(SearchRequest.of("dicom securty encrpytion"), Access.PUBLIC, NOW);
        assertThat(r.correctedQuery()).contains("security");
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).snippet().topic()).isEqualTo("why-dicom-security");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "title:secret", "*:*", "\"unbalanced", "\\", "AND OR NOT", "((((", "a~2 b^10 [x TO y]",
            "🔒🩻 DICOM 🔐", "\u0000\u0001\u202e", "?", "-", "ÄÖÜ ß 日本語 العربية", "securty", "+-&&||!(){}[]^\"~*?:\\/"})
    void any_input_gives_an_answer_or_nothing_never_an_exception(String q) {
        for (Access access : Access.values()) {
            SearchResult r = index.search(SearchRequest.of(q), access, NOW);
            assertThat(r.query()).isEqualTo(q);
            assertThat(r.total()).isGreaterThanOrEqualTo(r.hits().size());
            assertThat(r.hits()).hasSizeLessThanOrEqualTo(5).allSatisfy(h -> {
                assertThat(index.snippet(h.snippet().id(), access, NOW)).as("a hit the caller may see").isPresent();
                assertThat(h.confidence()).isBetween(0.0, 1.0);
                assertThat(h.highlight()).doesNotContain("<script", "<b>");
            });
            assertThat(index.suggest(q, null, access, NOW, 5)).hasSizeLessThanOrEqualTo(5)
                    .allSatisfy(s -> assertThat(index.snippet(s.id(), access, NOW)).isPresent());
        }
    }

    @Test
    void a_10_kb_question_is_answered_without_error() {
        String huge = "why does dicom not include security encryption tls pacs leak ".repeat(200);
        assertThat(huge.length()).isGreaterThan(10_000);
        assertThat(index.search(SearchRequest.of(huge), Access.PUBLIC, NOW).hits()).extracting(h -> h.snippet().topic())
                .startsWith("why-dicom-security");
        String words = java.util.stream.IntStream.range(0, 3000).mapToObj(i -> "w" + i).reduce("", (a, b) -> a + " " + b);
        SearchResult nonsense = index.search(SearchRequest.of(words), Access.PUBLIC, NOW);
        assertThat(nonsense.confident()).isFalse();
        assertThat(nonsense.correctedQuery()).isNull();
        assertThat(index.suggest(huge, null, Access.PUBLIC, NOW, 5)).isEmpty();
    }

    @Test
    void a_990_letter_word_is_never_spell_corrected_and_never_an_answer() {
        String word = "q" + "wertzuiopasdfghjkl".repeat(55);
        assertThat(word).hasSize(991);
        SearchResult r = index.search(SearchRequest.of(word), Access.PUBLIC, NOW);
        assertThat(r.correctedQuery()).isNull();
        assertThat(r.confident()).isFalse();
    }

    @Test
    void every_answer_has_a_confidence_and_confident_means_above_the_threshold() {
        SearchResult r = index.search(new SearchRequest(QUESTION, null, null, null, 5), Access.INTERNAL, NOW);
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.confidence()).isEqualTo(r.hits().get(0).confidence());
        for (int i = 1; i < r.hits().size(); i++) {
            assertThat(r.hits().get(i).score()).isLessThanOrEqualTo(r.hits().get(i - 1).score());
        }
        double threshold = ConfidenceModel.shipped().fit(index.meaning().available()).threshold();
        assertThat(r.hits()).allSatisfy(h -> assertThat(h.confident()).isEqualTo(h.confidence() >= threshold));
    }

    @Test
    void a_public_callers_spelling_is_never_corrected_towards_words_only_hidden_replies_use() {
        // "embargoed" appears only in the embargoed reply; "internal" only in the internal one.
        assertThat(index.search(SearchRequest.of("embargoad story"), Access.PUBLIC, NOW).correctedQuery()).isNull();
        assertThat(index.search(SearchRequest.of("internl note"), Access.PUBLIC, NOW).correctedQuery()).isNull();
        assertThat(index.search(SearchRequest.of("internl note"), Access.INTERNAL, NOW).correctedQuery()).contains("internal");
    }
}
