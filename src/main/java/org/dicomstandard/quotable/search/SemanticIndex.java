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
    private final int[] topicOfReply;
    private final float[][] vectors;
    /** Reply i's texts are {@code textIds[textStart[i]] .. textIds[textStart[i + 1] - 1]}. */
    private final int[] textStart;
    private final int[] textIds;

    /** Similarities of one question to the replies and topics a caller may see; NaN where none is visible. */
    record Similarity(float[] topic, Map<String, Float> reply) {
        static Similarity none(int topics) {
            float[] t = new float[topics];
            java.util.Arrays.fill(t, Float.NaN);
            return new Similarity(t, Map.of());
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
        this.vectors = distinct.toArray(float[][]::new);
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
        double[] perText = new double[vectors.length];
        for (int v = 0; v < vectors.length; v++) perText[v] = Embedder.dot(question, vectors[v]);
        float[] topic = Similarity.none(topicCount).topic();
        Map<String, Float> reply = new HashMap<>();
        for (int i = 0; i < replies.size(); i++) {
            Snippet s = replies.get(i);
            if (!visible.test(s)) continue;
            double best = -1;
            for (int k = textStart[i]; k < textStart[i + 1]; k++) best = Math.max(best, perText[textIds[k]]);
            reply.put(s.id(), (float) best);
            int t = topicOfReply[i];
            if (Float.isNaN(topic[t]) || best > topic[t]) topic[t] = (float) best;
        }
        return new Similarity(topic, reply);
    }
}
