package org.dicomstandard.quotable.library;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** How well the matrix is covered: approved replies per topic × audience cell, all languages together. */
public record Coverage(Matrix matrix, Map<String, Integer> approvedPerCell) {

    /** The audience every topic must have a reply for: the press asks first. */
    public static final String KEY_AUDIENCE = "journalists";

    public static Coverage of(Library library) {
        Map<String, Integer> counts = new HashMap<>();
        for (Snippet s : library.snippets()) {
            if (s.isApproved()) counts.merge(key(s.topic(), s.audience()), 1, Integer::sum);
        }
        return new Coverage(library.matrix(), Map.copyOf(counts));
    }

    public int approved(String topic, String audience) {
        return approvedPerCell.getOrDefault(key(topic, audience), 0);
    }

    /** Topics with no approved journalists reply: the gaps that matter most. */
    public List<String> topicsWithoutKeyAudience() {
        return matrix.topics().keySet().stream().filter(t -> approved(t, KEY_AUDIENCE) == 0).toList();
    }

    public int filledCells() {
        int n = 0;
        for (String t : matrix.topics().keySet()) {
            for (String a : matrix.audiences().keySet()) {
                if (approved(t, a) > 0) n++;
            }
        }
        return n;
    }

    private static String key(String topic, String audience) {
        return topic + "\u0000" + audience;
    }
}
