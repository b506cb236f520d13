package org.dicomstandard.quotable.search;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.dicomstandard.quotable.search.Analyzers.Lang;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The best passage of each hit with the asker's words marked; all text HTML-escaped. */
final class Highlights {
    private final UnifiedHighlighter highlighter;
    private final Set<Lang> languages;

    Highlights(IndexSearcher searcher, Set<Lang> languages) {
        this.languages = languages;
        // The formatter escapes the passage text as HTML and wraps matches in <mark>.
        this.highlighter = UnifiedHighlighter.builder(searcher, ReplyDocuments.analyzer())
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                .withMaxLength(20_000)
                .build();
    }

    /**
     * One highlighter pass for all hits: the best body passage, else the summary's, else the plain
     * summary. {@code docs[i]} is hit i's document, or -1 when it is not in this index.
     */
    List<String> passages(Query query, List<SearchHit> hits, int[] docs) {
        List<String> out = new ArrayList<>(hits.size());
        if (hits.isEmpty()) return out;
        List<String> fields = new ArrayList<>();
        for (Lang l : languages) {
            fields.add(Fields.body(l));
            fields.add(Fields.summary(l));
        }
        int[] present = Arrays.stream(docs).filter(d -> d >= 0).toArray();
        Map<String, String[]> found = Map.of();
        if (query != null && present.length > 0) {
            int[] passages = new int[fields.size()];
            Arrays.fill(passages, 1);
            try {
                found = highlighter.highlightFields(fields.toArray(String[]::new), query, present, passages);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // highlightFields answers in the order of the doc ids it was given.
        int next = 0;
        for (int i = 0; i < hits.size(); i++) {
            SearchHit h = hits.get(i);
            Lang l = Lang.of(h.snippet().language());
            int row = docs[i] < 0 ? -1 : next++;
            String text = row < 0 ? null : at(found.get(Fields.body(l)), row);
            if (text == null && row >= 0) text = at(found.get(Fields.summary(l)), row);
            out.add(text == null ? escape(h.snippet().summary()) : text);
        }
        return out;
    }

    private static String at(String[] values, int i) {
        return values == null || values[i] == null || values[i].isBlank() ? null : values[i];
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }
}
