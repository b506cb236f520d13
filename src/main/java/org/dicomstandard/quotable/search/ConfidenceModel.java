package org.dicomstandard.quotable.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The chance that a candidate topic answers the question: logistic regression over its
 * {@link Features}, with coefficients fitted on the train split of real questions and the threshold
 * chosen for a precision of the confident flag of at least 0.95 on the dev split. Two fits: one with
 * meaning, one for when the embedding model is off. Refit with {@code bench/search-eval.sh fit},
 * which rewrites {@value #RESOURCE}.
 */
final class ConfidenceModel {
    static final String RESOURCE = "search/confidence.properties";

    /** One fitted model: {@code p = 1 / (1 + exp(-(bias + weights . features)))}. */
    record Fit(double bias, double[] weights, double threshold) {
        double probability(Features f) {
            double z = bias;
            double[] x = f.values();
            for (int i = 0; i < x.length; i++) z += weights[i] * x[i];
            return 1 / (1 + Math.exp(-z));
        }
    }

    private static final ConfidenceModel SHIPPED = load();

    private final Fit meaning;
    private final Fit lexical;

    ConfidenceModel(Fit meaning, Fit lexical) {
        this.meaning = meaning;
        this.lexical = lexical;
    }

    static ConfidenceModel shipped() {
        return SHIPPED;
    }

    Fit fit(boolean withMeaning) {
        return withMeaning ? meaning : lexical;
    }

    private static ConfidenceModel load() {
        Properties p = new Properties();
        try (InputStream in = ConfidenceModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing " + RESOURCE);
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ConfidenceModel(read(p, "meaning"), read(p, "lexical"));
    }

    private static Fit read(Properties p, String prefix) {
        double[] w = new double[Features.NAMES.length];
        for (int i = 0; i < w.length; i++) w[i] = number(p, prefix + ".weight." + Features.NAMES[i]);
        return new Fit(number(p, prefix + ".bias"), w, number(p, prefix + ".threshold"));
    }

    private static double number(Properties p, String key) {
        String v = p.getProperty(key);
        if (v == null) throw new IllegalStateException(RESOURCE + " has no " + key);
        return Double.parseDouble(v.strip());
    }
}
