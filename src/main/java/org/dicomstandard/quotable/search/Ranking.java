package org.dicomstandard.quotable.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the topics in order by both kinds of match, words (BM25) and meaning (sentence vectors), and
 * describes each candidate for the confidence model. Only topics that share a word with the question
 * or come close in meaning are candidates.
 */
final class Ranking {
    /** Below this similarity a topic that shares no word with the question is not a candidate. */
    static final double MIN_SIMILARITY = 0.25;

    /** How the two orders are combined; {@link #DEFAULT} was chosen on the train split (bench/search-eval.sh). */
    enum Fusion {
        /** Reciprocal rank fusion: 1/(k + lexical rank) + 1/(k + meaning rank). */
        RRF,
        /** A weighted sum of the lexical score relative to the best and the similarity. */
        BLEND,
        LEXICAL_ONLY;

        static final Fusion DEFAULT = BLEND;
    }

    static final int RRF_K = 5;
    /**
     * Weight of the lexical share in {@link Fusion#BLEND}; the similarity has the rest. Chosen on the
     * fitting sets (real-train and real-sample, top-1 + top-3 hits) after the replies learned real
     * wording (2026-12-04): 0.1 to 0.3 rank alike (96, 97, 96, 95, 95 right first for 0.1, 0.15, 0.2,
     * 0.25, 0.3), 0.35 and above worse (94 at 0.35, 88 at 0.45); RRF (k = 5) ranked worse than the blend.
     * Re-checked after the questions were reviewed: right first 91, 90, 92, 90 and within three 114, 115,
     * 110, 110 for 0.1, 0.2, 0.3, 0.35 (of 123), so 0.2 stays.
     */
    static final double BLEND_LEXICAL = 0.2;

    record Candidate(int topic, double order, Features features) {
    }

    private Ranking() {
    }

    /**
     * @param lexical    best BM25 score per topic (0: no word matched)
     * @param coverage   share of the question's weighted words each topic contains
     * @param similarity best similarity per topic (NaN: not visible, or the model is off)
     * @param words      content words of the question
     * @param blendLexical the lexical share's weight in {@link Fusion#BLEND} ({@link #BLEND_LEXICAL} for the shipped model)
     */
    static List<Candidate> rank(float[] lexical, double[] coverage, float[] similarity, int words, Fusion fusion,
                                double blendLexical) {
        int n = lexical.length;
        boolean meaning = fusion != Fusion.LEXICAL_ONLY && hasAny(similarity);
        int[] lexRank = ranks(n, t -> lexical[t] > 0 ? lexical[t] : Double.NaN);
        int[] simRank = ranks(n, t -> meaning ? similarity[t] : Double.NaN);
        double maxLex = 0;
        for (float s : lexical) maxLex = Math.max(maxLex, s);
        List<Candidate> out = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            boolean byWords = lexical[t] > 0;
            boolean byMeaning = meaning && !Float.isNaN(similarity[t]) && similarity[t] >= MIN_SIMILARITY;
            if (!byWords && !byMeaning) continue;
            double lexShare = maxLex == 0 ? 0 : lexical[t] / maxLex;
            double sim = meaning && !Float.isNaN(similarity[t]) ? similarity[t] : 0;
            double order = switch (meaning ? fusion : Fusion.LEXICAL_ONLY) {
                case RRF -> (byWords ? 1.0 / (RRF_K + lexRank[t]) : 0) + 1.0 / (RRF_K + simRank[t]);
                case BLEND -> blendLexical * lexShare + (1 - blendLexical) * sim;
                case LEXICAL_ONLY -> lexical[t];
            };
            out.add(new Candidate(t, order, features(t, lexical, coverage, meaning ? similarity : null, lexRank, simRank, words)));
        }
        out.sort(Comparator.comparingDouble(Candidate::order).reversed());
        return out;
    }

    private static Features features(int t, float[] lexical, double[] coverage, float[] similarity, int[] lexRank,
                                     int[] simRank, int words) {
        double otherLex = 0;
        double otherSim = 0;
        for (int u = 0; u < lexical.length; u++) {
            if (u == t) continue;
            otherLex = Math.max(otherLex, lexical[u]);
            if (similarity != null && !Float.isNaN(similarity[u])) otherSim = Math.max(otherSim, similarity[u]);
        }
        double lex = lexical[t];
        double top = Math.max(lex, otherLex);
        double sim = similarity == null || Float.isNaN(similarity[t]) ? 0 : similarity[t];
        boolean agree = lexRank[t] == 1 && (similarity == null || simRank[t] == 1);
        return new Features(sim, similarity == null ? 0 : sim - otherSim, coverage[t], top == 0 ? 0 : lex / top,
                top == 0 ? 0 : (lex - otherLex) / top, agree ? 1 : 0, Math.log1p(lex), Math.log1p(words));
    }

    /** 1-based rank of each topic by value, best first; topics without a value (NaN) rank last. */
    private static int[] ranks(int n, java.util.function.IntToDoubleFunction value) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) order[i] = i;
        java.util.Arrays.sort(order, Comparator.comparingDouble((Integer t) -> {
            double v = value.applyAsDouble(t);
            return Double.isNaN(v) ? Double.NEGATIVE_INFINITY : v;
        }).reversed());
        int[] rank = new int[n];
        for (int r = 0; r < n; r++) rank[order[r]] = Double.isNaN(value.applyAsDouble(order[r])) ? n + 1 : r + 1;
        return rank;
    }

    private static boolean hasAny(float[] similarity) {
        for (float s : similarity) if (!Float.isNaN(s)) return true;
        return false;
    }
}
