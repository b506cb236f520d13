package org.dicomstandard.quotable.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word-by-word English gloss of a German question, from {@code search/gloss-de-en.txt}: most
 * replies are English and the embedding model reads English, so a German question is also matched
 * as "patient data unprotected internet". Compounds are split into known parts
 * ("sicherheitslücke" -> "sicherheits" + "lücke"); a word with no known part stays as it is (names,
 * DICOM, PACS). Bounded: words are at most {@link QueryPlanner#MAX_WORD_LENGTH} letters and split twice at most.
 */
final class GermanGloss {
    private static final Map<String, String> WORDS = load("search/gloss-de-en.txt");
    /**
     * German function words, folded: never the first part of a compound ("aufgabe" is a task, not
     * "auf" + "gabe"; "überhaupt" is not "über" + "haupt").
     */
    private static final java.util.Set<String> SMALL_WORDS = smallWords();
    private static final int MIN_PART = 3;
    /** Longer words are not split: no German compound of the domain is longer, and splitting costs per letter. */
    private static final int MAX_SPLIT = 30;

    private GermanGloss() {
    }

    /** The gloss of a question's surface words (lower-cased, folded as {@link Analyzers#surface()} does). */
    static List<String> gloss(List<String> words) {
        List<String> out = new ArrayList<>(words.size());
        for (String w : words) out.add(word(w));
        return out;
    }

    /** A word the gloss knows and English does not share: "sicherheitsprobleme" is, "malware" and "update" are not. */
    static boolean isGerman(String word) {
        String known = WORDS.get(word);
        if (known == null) {
            // Without inflections: an English word ending in -e or -es is not a German one ("rates", "tune").
            Split whole = split(word, 2, false);
            if (whole == null || whole.knownChars() < word.length()) return false;
            known = whole.text();
        }
        return !known.contains(word.substring(0, Math.min(word.length(), 5)));
    }

    private static String word(String w) {
        String known = lookup(w, true);
        if (known != null) return known;
        Split best = split(w, 2, true);
        // A split whose known parts cover less than half the word is a guess ("cybersecurity" is not "cybers" + "ecurity").
        return best == null || 2 * best.knownChars() < w.length() ? w : best.text();
    }

    private record Split(String text, int knownChars) {
    }

    /** The split of {@code w} into parts that covers the most letters with known words. */
    private static Split split(String w, int depth, boolean inflections) {
        String known = lookup(w, inflections);
        if (known != null) return new Split(known, w.length());
        if (depth == 0 || w.length() < 2 * MIN_PART || w.length() > MAX_SPLIT) return null;
        Split best = null;
        for (int i = w.length() - MIN_PART; i >= MIN_PART; i--) {
            String left = SMALL_WORDS.contains(w.substring(0, i)) ? null : lookup(w.substring(0, i), inflections);
            if (left == null) continue;
            Split right = split(w.substring(i), depth - 1, inflections);
            Split s = right == null ? new Split(left + " " + w.substring(i), i) : new Split(left + " " + right.text(), i + right.knownChars());
            if (best == null || s.knownChars() > best.knownChars()) best = s;
        }
        return best;
    }

    /**
     * A word or part as listed, or without the linking s / n / en of a compound's first part
     * ("sicherheits", "patienten"), or, with {@code inflections}, without an inflection of a stem of
     * at least {@value #MIN_INFLECTED} letters ("sichere", "technischer"; not "seite", "under").
     */
    private static String lookup(String part, boolean inflections) {
        String v = WORDS.get(part);
        for (int i = 0; v == null && i < LINKING.length; i++) {
            if (part.endsWith(LINKING[i])) v = WORDS.get(part.substring(0, part.length() - LINKING[i].length()));
        }
        for (int i = 0; v == null && inflections && i < INFLECTIONS.length; i++) {
            String stem = part.substring(0, Math.max(0, part.length() - INFLECTIONS[i].length()));
            if (part.endsWith(INFLECTIONS[i]) && stem.length() >= MIN_INFLECTED) v = WORDS.get(stem);
        }
        return v;
    }

    private static final String[] LINKING = {"s", "en", "n"};
    private static final String[] INFLECTIONS = {"e", "er", "es", "em"};
    private static final int MIN_INFLECTED = 5;

    private static java.util.Set<String> smallWords() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Object w : org.apache.lucene.analysis.de.GermanAnalyzer.getDefaultStopSet()) {
            out.add(String.join("", QueryPlanner.tokens(Analyzers.surface(), new String((char[]) w))));
        }
        return java.util.Set.copyOf(out);
    }

    private static Map<String, String> load(String resource) {
        Map<String, String> out = new HashMap<>();
        try (InputStream in = GermanGloss.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("missing gloss " + resource);
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#") || !line.contains("=")) continue;
                String english = line.substring(line.indexOf('=') + 1).strip();
                for (String german : line.substring(0, line.indexOf('=')).split(",")) {
                    // Keys are folded the way question words are (ü -> u, ß -> ss).
                    String joined = String.join("", QueryPlanner.tokens(Analyzers.surface(), german.strip()));
                    if (!joined.isEmpty()) out.put(joined, english);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(out);
    }
}
