package org.dicomstandard.quotable.search;

import org.apache.lucene.search.suggest.InputIterator;
import org.apache.lucene.search.suggest.Lookup;
import org.apache.lucene.search.suggest.analyzing.AnalyzingInfixSuggester;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.dicomstandard.quotable.library.Snippet;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Completions for a search box: an infix suggester over every title and question, so "secur"
 * completes "Why doesn't DICOM include security?". Each entry carries its reply id; who may see
 * which reply is decided at lookup time.
 */
final class Suggestions implements Closeable {
    private static final int TITLE_WEIGHT = 2;
    private static final int QUESTION_WEIGHT = 1;

    private final ByteBuffersDirectory directory;
    private final AnalyzingInfixSuggester suggester;

    private Suggestions(ByteBuffersDirectory directory, AnalyzingInfixSuggester suggester) {
        this.directory = directory;
        this.suggester = suggester;
    }

    private record Entry(String text, String id, long weight) {
    }

    static Suggestions build(Collection<Snippet> snippets) {
        List<Entry> entries = new ArrayList<>();
        for (Snippet s : snippets) {
            entries.add(new Entry(s.title(), s.id(), TITLE_WEIGHT));
            for (String q : s.questions()) entries.add(new Entry(q, s.id(), QUESTION_WEIGHT));
        }
        ByteBuffersDirectory dir = new ByteBuffersDirectory();
        try {
            AnalyzingInfixSuggester suggester = new AnalyzingInfixSuggester(dir, Analyzers.surface(), Analyzers.surface(),
                    AnalyzingInfixSuggester.DEFAULT_MIN_PREFIX_CHARS, true);
            suggester.build(new Entries(entries.iterator()));
            return new Suggestions(dir, suggester);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot build suggestions", e);
        }
    }

    List<Suggestion> lookup(String prefix, int limit, Predicate<String> visibleId) {
        if (prefix == null || prefix.isBlank() || limit <= 0) return List.of();
        String key = prefix.length() > 200 ? prefix.substring(0, 200) : prefix;
        try {
            List<Lookup.LookupResult> results = suggester.lookup(key, Math.max(limit * 8, 40), true, false);
            Set<String> seen = new LinkedHashSet<>();
            List<Suggestion> out = new ArrayList<>();
            for (Lookup.LookupResult r : results) {
                String id = r.payload.utf8ToString();
                String text = r.key.toString();
                if (visibleId.test(id) && seen.add(text.toLowerCase(Locale.ROOT))) {
                    out.add(new Suggestion(text, id));
                    if (out.size() >= limit) break;
                }
            }
            return out;
        } catch (IOException e) {
            // The only failure Lucene declares here. Bad input is not one: a key made only of characters or
            // words the analyser drops has no terms and finds nothing (SuggestionsTest); anything else is a bug
            // or a closed index, and goes on to the error handler instead of looking like "no completions".
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        suggester.close();
        directory.close();
    }

    private static final class Entries implements InputIterator {
        private final Iterator<Entry> it;
        private Entry current;

        Entries(Iterator<Entry> it) {
            this.it = it;
        }

        @Override
        public BytesRef next() {
            if (!it.hasNext()) return null;
            current = it.next();
            return new BytesRef(current.text());
        }

        @Override
        public long weight() {
            return current.weight();
        }

        @Override
        public BytesRef payload() {
            return new BytesRef(current.id().getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public boolean hasPayloads() {
            return true;
        }

        @Override
        public Set<BytesRef> contexts() {
            return null;
        }

        @Override
        public boolean hasContexts() {
            return false;
        }
    }
}
