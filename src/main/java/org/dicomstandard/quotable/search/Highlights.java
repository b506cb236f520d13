package org.dicomstandard.quotable.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.dicomstandard.quotable.library.Snippet;
import org.dicomstandard.quotable.search.Analyzers.Lang;
import org.dicomstandard.quotable.text.Markdown;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The best sentence of a hit, with the asker's words marked; all text HTML-escaped. Every reply's
 * body and summary are split into sentences and analysed once, when the index is built, so a
 * search only compares word stems: Lucene's highlighter re-read and re-scored five replies on every
 * search, a quarter of a search's time on the shipped library.
 */
final class Highlights {
    /**
     * A sentence and its words: word i spans {@code spans[2i] .. spans[2i + 1]} of the text and has
     * the stem {@code stems[i]}. Arrays, and sentences and stems shared between replies, keep 10,000
     * replies' sentences in a few MB.
     */
    private record Sentence(String text, int[] spans, String[] stems) {
    }

    private record Reply(Sentence[] body, Sentence[] summary) {
    }

    private final Map<String, Reply> byId = new HashMap<>();

    Highlights(List<Snippet> replies) {
        Map<Lang, Analyzer> analyzers = new EnumMap<>(Lang.class);
        Map<String, Sentence> sentences = new HashMap<>();
        Map<String, String> stems = new HashMap<>();
        for (Snippet s : replies) {
            Lang l = Lang.of(s.language());
            Analyzer a = analyzers.computeIfAbsent(l, Analyzers::index);
            byId.put(s.id(), new Reply(sentences(Markdown.toText(s.body()), l, a, sentences, stems),
                    sentences(s.summary(), l, a, sentences, stems)));
        }
    }

    /**
     * The passage to show for a hit: the body's sentence with the most of the question's stems (then
     * the most matches, then the first), else the summary's, else the whole summary unmarked.
     */
    String passage(Snippet s, Set<String> stems) {
        Reply r = byId.get(s.id());
        if (r != null && !stems.isEmpty()) {
            Sentence best = best(r.body(), stems);
            if (best == null) best = best(r.summary(), stems);
            if (best != null) return marked(best, stems);
        }
        return escape(s.summary());
    }

    private static Sentence best(Sentence[] sentences, Set<String> stems) {
        Sentence best = null;
        int bestDistinct = 0;
        int bestAll = 0;
        for (Sentence sentence : sentences) {
            Set<String> seen = new java.util.HashSet<>();
            int all = 0;
            for (String stem : sentence.stems()) {
                if (stems.contains(stem)) {
                    all++;
                    seen.add(stem);
                }
            }
            if (seen.size() > bestDistinct || (seen.size() == bestDistinct && all > bestAll)) {
                best = sentence;
                bestDistinct = seen.size();
                bestAll = all;
            }
        }
        return bestDistinct == 0 ? null : best;
    }

    private static String marked(Sentence sentence, Set<String> stems) {
        StringBuilder out = new StringBuilder(sentence.text().length() + 32);
        int at = 0;
        for (int i = 0; i < sentence.stems().length; i++) {
            if (!stems.contains(sentence.stems()[i])) continue;
            int start = sentence.spans()[2 * i];
            int end = sentence.spans()[2 * i + 1];
            out.append(escape(sentence.text().substring(at, start))).append("<mark>")
                    .append(escape(sentence.text().substring(start, end))).append("</mark>");
            at = end;
        }
        return out.append(escape(sentence.text().substring(at))).toString();
    }

    private static Sentence[] sentences(String text, Lang lang, Analyzer analyzer, Map<String, Sentence> shared,
                                        Map<String, String> stems) {
        List<Sentence> out = new ArrayList<>();
        if (text == null) return new Sentence[0];
        BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
        breaks.setText(text);
        for (int start = breaks.first(), end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
            String sentence = text.substring(start, end).strip();
            if (!sentence.isEmpty()) {
                out.add(shared.computeIfAbsent(lang + ":" + sentence, k -> sentence(sentence, analyzer, stems)));
            }
        }
        return out.toArray(Sentence[]::new);
    }

    private static Sentence sentence(String text, Analyzer analyzer, Map<String, String> stems) {
        List<String> words = new ArrayList<>();
        int[] spans = new int[16];
        try (TokenStream ts = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            int last = -1;
            while (ts.incrementToken()) {
                // Two stems at one place (a synonym or a split word) mark the same text once.
                if (offset.startOffset() < last) continue;
                if (2 * words.size() + 2 > spans.length) spans = java.util.Arrays.copyOf(spans, spans.length * 2);
                spans[2 * words.size()] = offset.startOffset();
                spans[2 * words.size() + 1] = offset.endOffset();
                String stem = term.toString();
                words.add(stems.computeIfAbsent(stem, k -> stem));
                last = offset.endOffset();
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Sentence(text, java.util.Arrays.copyOf(spans, 2 * words.size()), words.toArray(String[]::new));
    }

    static String escape(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#x27;");
    }
}
