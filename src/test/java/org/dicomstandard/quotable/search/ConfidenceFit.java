package org.dicomstandard.quotable.search;

import org.dicomstandard.quotable.library.Access;
import org.dicomstandard.quotable.library.LibraryValidator;
import org.dicomstandard.quotable.library.ServingRules;
import org.dicomstandard.quotable.library.Validation;
import org.dicomstandard.quotable.search.Ranking.Candidate;
import org.dicomstandard.quotable.search.Ranking.Fusion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fits the confidence model and writes {@code src/main/resources/search/confidence.properties}:
 * logistic regression (L2, on standardised features, deterministic) over the first candidate of
 * every question of the train sets, labelled right or wrong (the confident flag is a decision about
 * the first hit; fitting on the first three calibrated it worse on the paraphrase and train sets); then the lowest threshold at which
 * the confident flag's precision on the dev split is at least {@value #PRECISION}. Twice: with
 * meaning, and lexical only (served when the model cannot load). Run from the repository root:
 * <pre>bench/search-eval.sh fit [LIBRARY_ROOT]</pre>
 */
public final class ConfidenceFit {
    static final List<String> TRAIN = List.of("real-train", "real-sample", "dev-queries", "off-topic");
    static final String DEV = "real-dev";
    static final double PRECISION = 0.95;
    private static final double L2 = 0.01;
    private static final int ROWS_PER_QUESTION = 1;

    private ConfidenceFit() {
    }

    record Row(double[] x, boolean right) {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Validation v = new LibraryValidator().validate(root);
        if (!v.ok()) throw new IllegalStateException("library does not validate: " + v.errors());
        StringBuilder out = new StringBuilder();
        out.append("# Confidence model of search (ConfidenceModel): logistic regression over Features.\n")
                .append("# Made by: bench/search-eval.sh fit   (test class ConfidenceFit; deterministic)\n")
                .append("# Fitted on: ").append(String.join(", ", TRAIN)).append("; threshold: lowest with precision >= ")
                .append(PRECISION).append(" on ").append(DEV).append(".\n")
                .append("# Library: ").append(v.library().snippets().size()).append(" replies. Refit after the library or ranking changes.\n");
        for (boolean meaning : new boolean[]{true, false}) {
            Fusion fusion = meaning ? Fusion.DEFAULT : Fusion.LEXICAL_ONLY;
            try (SearchIndex index = SearchIndex.build(v.library(), ServingRules.DEFAULT, Embedders.shared(), fusion,
                    ConfidenceModel.shipped())) {
                Fitted f = fitted(index);
                ConfidenceModel.Fit fit = f.fit();
                double threshold = fit.threshold();
                String prefix = meaning ? "meaning" : "lexical";
                out.append(String.format(Locale.ROOT, "# %s: %d training rows, dev precision %.3f at threshold %.4f%n",
                        prefix, f.rows(), f.devPrecision(), threshold));
                out.append(String.format(Locale.ROOT, "%s.bias=%.6f%n", prefix, fit.bias()));
                for (int i = 0; i < Features.NAMES.length; i++) {
                    out.append(String.format(Locale.ROOT, "%s.weight.%s=%.6f%n", prefix, Features.NAMES[i], fit.weights()[i]));
                }
                out.append(String.format(Locale.ROOT, "%s.threshold=%.6f%n", prefix, threshold));
            }
        }
        Path file = Path.of("src/main/resources/" + ConfidenceModel.RESOURCE);
        Files.writeString(file, out, StandardCharsets.UTF_8);
        System.out.print(out);
        System.out.println("written to " + file);
    }

    /** A fit with its threshold, the rows it learned from, and the flag's precision on the dev split at that threshold. */
    record Fitted(ConfidenceModel.Fit fit, int rows, double devPrecision) {
    }

    /** Fits the model on the train sets as {@code index} ranks them, and picks the threshold on the dev split. */
    static Fitted fitted(SearchIndex index) throws IOException {
        List<Row> train = new ArrayList<>();
        for (String name : TRAIN) rows(index, EvalSet.named(name), ROWS_PER_QUESTION, train);
        ConfidenceModel.Fit fit = fit(train);
        List<Row> dev = rows(index, EvalSet.named(DEV), 1, new ArrayList<>());
        double threshold = threshold(fit, dev);
        return new Fitted(new ConfidenceModel.Fit(fit.bias(), fit.weights(), threshold), train.size(),
                precision(fit, dev, threshold));
    }

    /** The first {@code n} candidates of each question: features, and whether that topic is a right answer. */
    static List<Row> rows(SearchIndex index, EvalSet set, int n, List<Row> out) {
        for (EvalSet.Case c : set.cases()) {
            SearchIndex.Ranked r = index.rank(c.request(5), Access.INTERNAL, SearchEvaluation.NOW);
            if (r == null || r.candidates().isEmpty()) {
                if (n == 1) out.add(new Row(null, false)); // refused outright: counts on dev, nothing to learn
                continue;
            }
            List<Candidate> top = r.candidates().subList(0, Math.min(n, r.candidates().size()));
            for (Candidate k : top) {
                out.add(new Row(k.features().values(), c.expect().contains(index.topicIds().get(k.topic()))));
            }
        }
        return out;
    }

    /** Gradient descent on the mean log loss plus L2, on standardised features; returned in raw units. */
    static ConfidenceModel.Fit fit(List<Row> all) {
        List<Row> rows = all.stream().filter(r -> r.x() != null).toList();
        int d = Features.NAMES.length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (Row r : rows) for (int j = 0; j < d; j++) mean[j] += r.x()[j] / rows.size();
        for (Row r : rows) for (int j = 0; j < d; j++) scale[j] += Math.pow(r.x()[j] - mean[j], 2) / rows.size();
        for (int j = 0; j < d; j++) scale[j] = scale[j] < 1e-12 ? 1 : Math.sqrt(scale[j]);
        double[] w = new double[d];
        double b = 0;
        for (int it = 0; it < 20_000; it++) {
            double[] g = new double[d];
            double gb = 0;
            for (Row r : rows) {
                double z = b;
                for (int j = 0; j < d; j++) z += w[j] * (r.x()[j] - mean[j]) / scale[j];
                double err = 1 / (1 + Math.exp(-z)) - (r.right() ? 1 : 0);
                for (int j = 0; j < d; j++) g[j] += err * (r.x()[j] - mean[j]) / scale[j] / rows.size();
                gb += err / rows.size();
            }
            for (int j = 0; j < d; j++) w[j] -= 0.5 * (g[j] + L2 * w[j]);
            b -= 0.5 * gb;
        }
        double[] raw = new double[d];
        double bias = b;
        for (int j = 0; j < d; j++) {
            raw[j] = w[j] / scale[j];
            bias -= w[j] * mean[j] / scale[j];
        }
        return new ConfidenceModel.Fit(bias, raw, 0.5);
    }

    /** The lowest threshold (among the dev probabilities) whose confident flag is right at least {@link #PRECISION} of the time. */
    static double threshold(ConfidenceModel.Fit fit, List<Row> dev) {
        List<Double> ps = new ArrayList<>();
        for (Row r : dev) if (r.x() != null) ps.add(p(fit, r));
        ps.sort(null);
        for (double t : ps) {
            if (precision(fit, dev, t) >= PRECISION) return t;
        }
        return 1;
    }

    static double precision(ConfidenceModel.Fit fit, List<Row> dev, double t) {
        int right = 0;
        int all = 0;
        for (Row r : dev) {
            if (r.x() == null || p(fit, r) < t) continue;
            all++;
            if (r.right()) right++;
        }
        return all == 0 ? 1 : (double) right / all;
    }

    private static double p(ConfidenceModel.Fit fit, Row r) {
        double z = fit.bias();
        for (int j = 0; j < r.x().length; j++) z += fit.weights()[j] * r.x()[j];
        return 1 / (1 + Math.exp(-z));
    }
}
