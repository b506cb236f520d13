package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.ServingRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The writers' view of why search answers as it does ({@code bench/search-eval.sh explain}). */
class SearchExplainTest {
    @TempDir
    Path root;

    @Test
    void explaining_a_question_lists_its_candidate_topics_in_the_order_search_answers_them() {
        try (SearchIndex index = SearchIndex.build(ServingFixture.load(root), ServingRules.DEFAULT)) {
            String question = "How do we stop ransomware on the imaging network?";
            List<String> answered = index.search(new SearchRequest(question, null, null, null, 3), Access.INTERNAL, Instant.now())
                    .hits().stream().map(h -> h.snippet().topic()).toList();
            List<String> lines = SearchExplain.explain(index, question, 3).lines().toList();
            assertThat(lines.get(0)).isEqualTo(question);
            assertThat(answered).isNotEmpty();
            // Line 1 is how the model reads the question, line 2 the column heads, then one line per topic.
            assertThat(lines.subList(3, 3 + answered.size())).extracting(l -> l.strip().split("\\s+")[0]).isEqualTo(answered);
            assertThat(lines.get(lines.size() - 1)).startsWith("  confident from p >= ");
        }
    }

    @Test
    void explaining_shows_the_confidence_search_serves_also_for_a_question_asked_in_a_replys_own_words() {
        try (SearchIndex index = SearchIndex.build(ServingFixture.load(root), ServingRules.DEFAULT)) {
            for (String question : List.of("Does DICOM support encryption?", "How do we stop ransomware on the imaging network?")) {
                SearchHit first = index.search(new SearchRequest(question, null, null, null, 1), Access.INTERNAL, Instant.now()).hits().get(0);
                String line = SearchExplain.explain(index, question, 1).lines().toList().get(3);
                double shown = Double.parseDouble(line.strip().split("\\s+")[5]);
                assertThat(shown).as(line).isCloseTo(first.confidence(), org.assertj.core.data.Offset.offset(0.005));
            }
            // The first is a reply's own question: approved wording is an answer whatever the model says.
            assertThat(index.search(SearchRequest.of("Does DICOM support encryption?"), Access.INTERNAL, Instant.now()).confident()).isTrue();
        }
    }
}
