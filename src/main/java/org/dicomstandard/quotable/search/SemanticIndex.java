package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Snippet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Search by meaning: each reply's title, other questions and summary as sentence vectors, compared
 * with the question's vector. (Body paragraphs as well did not pay: no better ranking on the train
 * split, and six times the vectors.) A text several replies share (a question asked for every audience)
 * is held once. Similarities are per reply, so what a caller may not see never changes what it does.
 */
final class SemanticIndex {
    private final Embedders model;
    private final List<Snippet> replies;
    private final Map<String, Integer> replyIndex = new HashMap<>();
    private final int[] topicOfReply;
    private final Codes codes;
    /** Reply i's texts are {@code textIds[textStart[i]] .. textIds[textStart[i + 1] - 1]}. */
    private final int[] textStart;
    private final int[] textIds;

    /** Similarities of one question to the replies and topics a caller may see; NaN where none is visible. */
    record Similarity(float[] topic, float[] perReply, Map<String, Integer> replyIndex) {
        static Similarity none(int topics) {
            float[] t = new float[topics];
            java.util.Arrays.fill(t, Float.NaN);
            return new Similarity(t, new float[0], Map.of());
        }

        /** A reply's similarity, 0 when it was not compared (not visible, or the model is off). */
        float reply(String id) {
            Integer i = replyIndex.get(id);
            return i == null || Float.isNaN(perReply[i]) ? 0 : perReply[i];
        }
    }

    SemanticIndex(Embedders model, List<Snippet> replies, List<String> topics) {
        this.model = model;
        this.replies = replies;
        this.topicOfReply = replies.stream().mapToInt(s -> topics.indexOf(s.topic())).toArray();
        Map<String, Integer> ids = new HashMap<>();
        List<float[]> distinct = new ArrayList<>();
        List<Integer> flat = new ArrayList<>();
        this.textStart = new int[replies.size() + 1];
        for (int i = 0; i < replies.size(); i++) {
            replyIndex.put(replies.get(i).id(), i);
            textStart[i] = flat.size();
            if (!available()) continue;
            for (String text : texts(replies.get(i))) {
                Integer id = ids.get(text);
                if (id == null) {
                    id = distinct.size();
                    ids.put(text, id);
                    distinct.add(model.reply(text));
                }
                flat.add(id);
            }
        }
        textStart[replies.size()] = flat.size();
        this.codes = Codes.of(distinct);
        this.textIds = flat.stream().mapToInt(Integer::intValue).toArray();
    }

    private static List<String> texts(Snippet s) {
        List<String> out = new ArrayList<>();
        out.add(s.title());
        for (String q : s.questions()) if (!q.isBlank()) out.add(q);
        if (s.summary() != null && !s.summary().isBlank()) out.add(s.summary());
        return out;
    }

    boolean available() {
        return model.embedder() != null;
    }

    MeaningStatus status() {
        return model.status();
    }

    /** The question's vector, or null when the model is off or fails on this text. */
    float[] embed(String question) {
        if (!available() || question.isBlank()) return null;
        try {
            return model.embedder().embed(question, Embedder.QUESTION_TOKENS);
        } catch (RuntimeException e) {
            return null; // one bad text costs its meaning match, never the answer
        }
    }

    /** For each reply {@code visible} lets through, its closest text's similarity; for each topic, its best reply's. */
    Similarity similarity(float[] question, Predicate<Snippet> visible, int topicCount) {
        if (question == null) return Similarity.none(topicCount);
        float[] perText = codes.dotAll(question);
        float[] topic = Similarity.none(topicCount).topic();
        float[] perReply = new float[replies.size()];
        for (int i = 0; i < replies.size(); i++) {
            Snippet s = replies.get(i);
            if (!visible.test(s)) {
                perReply[i] = Float.NaN;
                continue;
            }
            float best = -1;
            for (int k = textStart[i]; k < textStart[i + 1]; k++) best = Math.max(best, perText[textIds[k]]);
            perReply[i] = best;
            int t = topicOfReply[i];
            if (Float.isNaN(topic[t]) || best > topic[t]) topic[t] = best;
        }
        return new Similarity(topic, perReply, replyIndex);
    }

    /**
     * The texts' unit vectors as signed bytes in one array, each with its own scale (the largest
     * component maps to 127): a quarter of the memory of floats, read in one sweep, and integer
     * products the processor does faster. Similarities move by about 0.003, far below any margin
     * that decides an answer (bench/search-eval.sh gives the same figures either way).
     */
    record Codes(byte[] bytes, float[] scale, int dim) {
        static Codes of(List<float[]> vectors) {
            int dim = vectors.isEmpty() ? 0 : vectors.get(0).length;
            byte[] bytes = new byte[vectors.size() * dim];
            float[] scale = new float[vectors.size()];
            for (int v = 0; v < vectors.size(); v++) scale[v] = quantise(vectors.get(v), bytes, v * dim);
            return new Codes(bytes, scale, dim);
        }

        /** Writes {@code x} as bytes at {@code offset}; returns the factor that turns byte products back into floats. */
        static float quantise(float[] x, byte[] out, int offset) {
            float max = 0;
            for (float f : x) max = Math.max(max, Math.abs(f));
            if (max == 0) return 0;
            float s = 127 / max;
            for (int i = 0; i < x.length; i++) out[offset + i] = (byte) Math.round(x[i] * s);
            return 1 / s;
        }

        /** The dot product of {@code question} with every text. */
        float[] dotAll(float[] question) {
            byte[] q = new byte[dim];
            float qs = quantise(question, q, 0);
            float[] out = new float[scale.length];
            for (int v = 0, base = 0; v < out.length; v++, base += dim) {
                int s0 = 0, s1 = 0, s2 = 0, s3 = 0;
                int i = 0;
                for (; i + 3 < dim; i += 4) {
                    s0 += q[i] * bytes[base + i];
                    s1 += q[i + 1] * bytes[base + i + 1];
                    s2 += q[i + 2] * bytes[base + i + 2];
                    s3 += q[i + 3] * bytes[base + i + 3];
                }
                for (; i < dim; i++) s0 += q[i] * bytes[base + i];
                out[v] = (s0 + s1 + s2 + s3) * qs * scale[v];
            }
            return out;
        }
    }
}
