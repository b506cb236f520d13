package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.Library;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.library.SnippetFile;
import org.dicomstandard.quotable.library.Visibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hidden replies must not change what a public caller gets: not the order, not a score, not the
 * confidence, not a spelling correction, not a highlight. Otherwise a public caller could learn
 * that internal content exists on a subject by watching answers change.
 */
class PublicStatisticsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @TempDir
    Path root;

    @Test
    void removing_or_editing_a_hidden_reply_changes_no_public_answer() {
        Library library = ServingFixture.load(root);
        List<String> hidden = library.snippets().stream().filter(s -> s.visibility() == Visibility.INTERNAL).map(Snippet::id).toList();
        assertThat(hidden).as("the fixture has an internal reply").isNotEmpty();

        Library removed = edit(library, s -> hidden.contains(s.id()) ? null : s);
        Library edited = edit(library, s -> hidden.contains(s.id()) ? rewritten(s) : s);
        try (SearchIndex original = SearchIndex.build(library, ServingRules.DEFAULT);
             SearchIndex without = SearchIndex.build(removed, ServingRules.DEFAULT);
             SearchIndex changed = SearchIndex.build(edited, ServingRules.DEFAULT)) {
            for (String q : questions(library)) {
                List<String> expected = publicAnswer(original, q);
                assertThat(publicAnswer(without, q)).as("hidden reply removed: " + q).isEqualTo(expected);
                assertThat(publicAnswer(changed, q)).as("hidden reply edited: " + q).isEqualTo(expected);
            }
            // The edit is visible where it should be: to internal callers.
            assertThat(changed.search(SearchRequest.of("quarterly scanner firmware audit"), Access.INTERNAL, NOW).hits())
                    .extracting(h -> h.snippet().id()).contains(hidden.get(0));
        }
    }

    /** Every title and question of the library, misspelt variants and a few other questions. */
    private static Set<String> questions(Library library) {
        Set<String> out = new LinkedHashSet<>(List.of("internl note", "quarterly scanner firmwre audit", "securty", "encrpytion",
                "Warum hat DICOM keine Sicherheit?", "ransomware", "is dicom to blame", "note for researchers"));
        for (Snippet s : library.snippets()) {
            out.add(s.title());
            out.addAll(s.questions());
        }
        return out;
    }

    private static List<String> publicAnswer(SearchIndex index, String q) {
        SearchResult r = index.search(new SearchRequest(q, null, null, null, 10), Access.PUBLIC, NOW);
        List<String> out = new ArrayList<>();
        out.add(r.correctedQuery() + " / " + r.total());
        for (SearchHit h : r.hits()) {
            out.add(String.format("%s %.6f %.6f %s %.6f %s", h.snippet().id(), h.score(), h.confidence(), h.confident(), h.coverage(), h.highlight()));
        }
        return out;
    }

    private static Library edit(Library library, UnaryOperator<Snippet> change) {
        List<SnippetFile> files = new ArrayList<>();
        for (SnippetFile f : library.files()) {
            Snippet s = change.apply(f.snippet());
            if (s != null) files.add(new SnippetFile(f.path(), s, f.keyLines()));
        }
        return new Library(library.matrix(), files);
    }

    private static Snippet rewritten(Snippet s) {
        return new Snippet(s.id(), s.topic(), s.audience(), s.language(), s.status(), s.visibility(),
                "Quarterly scanner firmware audit", List.of("How do we audit scanner firmware every quarter?"),
                "Internal: audit the firmware of every scanner each quarter.", s.body() + "\n\nAudit scanner firmware quarterly.",
                s.sources(), s.approvedBy(), s.approvedOn(), s.reviewBy(), s.embargoUntil());
    }
}
