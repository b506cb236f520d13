package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Snippet;

import java.util.List;
import java.util.Map;

/**
 * Which reply of the winning topic to give: the asked audience in the asked language (English when
 * none is asked) if there is one, then that audience in English, then the asked language for any
 * audience, then the best match.
 */
final class ReplyChooser {
    private ReplyChooser() {
    }

    /** {@code versions}: the topic's replies the caller may see; {@code scores}: how well each matched. */
    static Snippet choose(List<Snippet> versions, SearchRequest r, Map<String, Float> scores, SemanticIndex.Similarity similarity) {
        Snippet best = null;
        int bestRank = Integer.MAX_VALUE;
        for (Snippet s : versions) {
            int rank = rank(s, r);
            if (best == null || rank < bestRank || (rank == bestRank && better(s, best, scores, similarity))) {
                best = s;
                bestRank = rank;
            }
        }
        return best;
    }

    /** At the same rank: a public reply (it may be quoted anywhere), then the better match by words, then by meaning. */
    private static boolean better(Snippet a, Snippet b, Map<String, Float> scores, SemanticIndex.Similarity similarity) {
        if (a.isPublic() != b.isPublic()) return a.isPublic();
        float sa = scores.getOrDefault(a.id(), 0f);
        float sb = scores.getOrDefault(b.id(), 0f);
        if (sa != sb) return sa > sb;
        return similarity.reply(a.id()) > similarity.reply(b.id());
    }

    private static int rank(Snippet s, SearchRequest r) {
        boolean audience = r.audience() == null || r.audience().equals(s.audience());
        // No language asked (and none guessed): English, the library's main language, comes first.
        boolean language = r.language() == null ? "en".equalsIgnoreCase(s.language()) : r.language().equalsIgnoreCase(s.language());
        if (audience && language) return 0;
        if (audience && "en".equalsIgnoreCase(s.language())) return 1;
        if (language) return 2;
        return 3;
    }
}
