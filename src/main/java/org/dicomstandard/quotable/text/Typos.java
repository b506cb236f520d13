package org.dicomstandard.quotable.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the known word closest to a typed one, for field names and commands alike. */
public final class Typos {
    private Typos() {
    }

    /** The closest known word within {@code allowed} edits (ties: alphabetical), if any. */
    public static Optional<String> closest(String typed, Collection<?> known, int allowed) {
        String t = typed.toLowerCase(Locale.ROOT);
        return known.stream().map(String::valueOf)
                .map(k -> new Candidate(k, distance(t, k.toLowerCase(Locale.ROOT))))
                .filter(c -> c.distance() <= allowed)
                .min(Comparator.comparingInt(Candidate::distance).thenComparing(Candidate::word))
                .map(Candidate::word);
    }

    private record Candidate(String word, int distance) {
    }

    /** Damerau–Levenshtein (optimal string alignment): insertions, deletions, substitutions and swaps of neighbours cost 1. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
