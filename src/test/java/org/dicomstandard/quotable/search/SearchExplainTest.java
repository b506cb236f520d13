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
}
